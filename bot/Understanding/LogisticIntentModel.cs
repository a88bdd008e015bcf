namespace CrossBorderBot.Understanding;

/// <summary>The built-in model: <see cref="IntentFeaturizer"/> features into <see cref="IntentClassifier"/>.</summary>
internal sealed class LogisticIntentModel : IIntentModel
{
    private readonly IntentClassifier _classifier;

    internal LogisticIntentModel(IntentClassifier classifier) => _classifier = classifier;

    /// <summary>The trained classifier (the model cache stores it).</summary>
    internal IntentClassifier Classifier => _classifier;

    public IReadOnlyList<string> Labels => _classifier.Labels;

    public static IIntentModel Train(IReadOnlyList<LabelledMessage> examples) => Train(examples, IntentClassifier.Settings.Default);

    /// <summary>Trains with other settings (the bench compares a few).</summary>
    public static IIntentModel Train(IReadOnlyList<LabelledMessage> examples, IntentClassifier.Settings settings) =>
        new LogisticIntentModel(IntentClassifier.Train(
            examples.Select(e => (e.Intent, IntentFeaturizer.Features(e.Text, e.Mentions))).ToList(), settings));

    public double[] Predict(string text, IReadOnlyList<EntityMention> mentions, out bool familiar)
    {
        var probabilities = _classifier.Predict(IntentFeaturizer.Features(text, mentions), out var known);
        familiar = known > 0;
        return probabilities;
    }
}
