using CrossBorderBot.Understanding;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms.Text;

namespace CrossBorderBot.IntentBench;

/// <summary>
/// ML.NET text classification: FeaturizeText (word 1–2-grams and character 1–4-grams, TF-IDF-style normalised) into a
/// multiclass maximum-entropy trainer. With <c>placeholders</c>, entity mentions are replaced by a token per kind first
/// (as the built-in model does), so both models see the same input.
/// </summary>
internal sealed class MlNetIntentModel : IIntentModel
{
    private readonly PredictionEngine<Input, Output> _engine;
    private readonly bool _placeholders;
    private readonly Lock _gate = new();

    private MlNetIntentModel(PredictionEngine<Input, Output> engine, IReadOnlyList<string> labels, bool placeholders)
    {
        _engine = engine;
        Labels = labels;
        _placeholders = placeholders;
    }

    public IReadOnlyList<string> Labels { get; }

    public static Func<IReadOnlyList<LabelledMessage>, IIntentModel> Trainer(string trainer, bool placeholders) =>
        examples => Train(examples, trainer, placeholders);

    public double[] Predict(string text, IReadOnlyList<EntityMention> mentions, out bool familiar)
    {
        Output output;
        lock (_gate)
        {
            output = _engine.Predict(new Input { Text = Prepare(text, mentions, _placeholders) });
        }

        familiar = true;
        return output.Score.Select(s => (double)s).ToArray();
    }

    private static MlNetIntentModel Train(IReadOnlyList<LabelledMessage> examples, string trainer, bool placeholders)
    {
        var ml = new MLContext(seed: 20261203);
        var data = ml.Data.LoadFromEnumerable(examples.Select(e => new Input { Label = e.Intent, Text = Prepare(e.Text, e.Mentions, placeholders) }));
        var featurize = ml.Transforms.Conversion.MapValueToKey("Label")
            .Append(ml.Transforms.Text.FeaturizeText("Features", new TextFeaturizingEstimator.Options
            {
                CaseMode = TextNormalizingEstimator.CaseMode.Lower,
                KeepDiacritics = false,
                KeepPunctuations = false,
                KeepNumbers = true,
                WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
                CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 4, UseAllLengths = true },
                Norm = TextFeaturizingEstimator.NormFunction.L2,
            }, "Text"));
        var pipeline = trainer switch
        {
            "lbfgs" => featurize.Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy()),
            "lbfgs-weak-l2" => featurize.Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(l1Regularization: 0, l2Regularization: 0.0001f)),
            "sdca" => featurize.Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy()),
            "sdca-long" => featurize.Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(l2Regularization: 0.0001f, maximumNumberOfIterations: 200)),
            _ => throw new ArgumentException($"Unknown trainer {trainer}", nameof(trainer)),
        };
        var model = pipeline.Append(ml.Transforms.Conversion.MapKeyToValue("PredictedLabel")).Fit(data);

        // Score columns follow the label key order; read it back so probabilities line up with intent names.
        var keyNames = default(VBuffer<ReadOnlyMemory<char>>);
        model.GetOutputSchema(data.Schema)["Score"].GetSlotNames(ref keyNames);
        var labels = keyNames.DenseValues().Select(v => v.ToString()).ToList();
        return new MlNetIntentModel(ml.Model.CreatePredictionEngine<Input, Output>(model), labels, placeholders);
    }

    private static string Prepare(string text, IReadOnlyList<EntityMention> mentions, bool placeholders)
    {
        if (!placeholders)
        {
            return text;
        }

        var builder = new System.Text.StringBuilder();
        var position = 0;
        foreach (var m in mentions.Where(m => m.Kind is not (EntityType.IssueType or EntityType.SensitiveGoods)).OrderBy(m => m.Start))
        {
            if (m.Start < position || m.End > text.Length)
            {
                continue;
            }

            builder.Append(text, position, m.Start - position).Append(" zz").Append(m.Kind.Key().ToLowerInvariant()).Append("zz ");
            position = m.End;
        }

        return builder.Append(text, position, text.Length - position).ToString();
    }

    private sealed class Input
    {
        public string Label { get; set; } = string.Empty;

        public string Text { get; set; } = string.Empty;
    }

    private sealed class Output
    {
        public float[] Score { get; set; } = [];
    }
}
