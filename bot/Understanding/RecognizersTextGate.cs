namespace CrossBorderBot.Understanding;

/// <summary>
/// One lock around every call into Microsoft.Recognizers.Text. The library builds its Chinese models lazily, and when
/// concurrent calls race to build them, later Chinese calls in the process return nothing (seen in about one test run
/// in three). Turns of different conversations run in parallel, so every caller takes this lock; the calls are short.
/// </summary>
internal static class RecognizersTextGate
{
    public static readonly Lock Lock = new();
}
