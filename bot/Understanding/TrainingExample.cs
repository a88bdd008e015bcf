namespace CrossBorderBot.Understanding;

/// <summary>One line of the intent training corpus.</summary>
/// <param name="Intent">The intent name.</param>
/// <param name="Text">The utterance.</param>
internal sealed record TrainingExample(string Intent, string Text);
