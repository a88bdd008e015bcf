namespace CrossBorderBot.Understanding;

/// <summary>
/// One lock around every call into Microsoft.Recognizers.Text. The library builds its Chinese models lazily, and when
/// concurrent calls race to build them, later Chinese calls in the process return nothing (seen in about one test run
/// in three). Building and first use therefore happen under this lock: the weight and currency models, and the prompts'
/// number models, are built and warmed together once (<see cref="Quantities.QuantityModels"/>), after which the
/// quantity reader parses without it; the prompts still take it around each parse.
/// </summary>
internal static class RecognizersTextGate
{
    public static readonly Lock Lock = new();
}
