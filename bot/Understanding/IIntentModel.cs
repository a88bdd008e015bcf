namespace CrossBorderBot.Understanding;

/// <summary>
/// A trained intent model: probabilities per intent for one message. The recognizer adds its rules and the "not sure"
/// threshold on top, whichever model it uses (the bench compares the built-in logistic regression with ML.NET this way).
/// </summary>
internal interface IIntentModel
{
    /// <summary>The intents the model knows, in the order of <see cref="Predict"/>'s result.</summary>
    IReadOnlyList<string> Labels { get; }

    /// <summary>Probability per label, and whether the message had anything the model saw in training.</summary>
    double[] Predict(string text, IReadOnlyList<EntityMention> mentions, out bool familiar);
}
