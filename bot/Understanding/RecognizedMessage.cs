namespace CrossBorderBot.Understanding;

/// <summary>
/// What the recognizer understood in one message, typed: the top intent and its probability, every intent's
/// probability, and the entities. The dialogs work with this; <see cref="ToRecognizerResult"/> gives the Bot Framework
/// shape for the Emulator trace.
/// </summary>
public sealed record RecognizedMessage(string Text, string Intent, double Score, IReadOnlyDictionary<string, double> Intents, MessageEntities Entities)
{
    /// <summary>Nothing was typed (a card click, an empty message).</summary>
    public static RecognizedMessage Empty { get; } = new(string.Empty, IntentNames.None, 1, new Dictionary<string, double>(), MessageEntities.None);

    /// <summary>The top intent when its probability reaches <paramref name="threshold"/>, else null.</summary>
    public string? IntentAbove(double threshold) => Score >= threshold && Intent != IntentNames.None ? Intent : null;

    public double ScoreOf(string intent) => Intents.TryGetValue(intent, out var score) ? score : 0;

    public RecognizerResult ToRecognizerResult() => new()
    {
        Text = Text,
        Intents = Intents.ToDictionary(i => i.Key, i => new IntentScore { Score = i.Value }, StringComparer.Ordinal),
        Entities = Entities.ToJson(),
    };
}
