using CrossBorderBot.Understanding;

namespace CrossBorderBot.Tests.Understanding;

/// <summary>One trained recognizer shared by the understanding tests (training takes a moment).</summary>
public sealed class RecognizerFixture
{
    public RecognizerFixture() => Recognizer = CrossBorderRecognizer.CreateDefault();

    public CrossBorderRecognizer Recognizer { get; }
}
