namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The twenty-fifth part's openings are measured as a row of <see cref="HeldOutParts"/>; this link of the chain of
/// earlier openings stays for the part after it, measured in its own classes until it is a row of the table too.
/// </summary>
public static class TwentyFifthOpeningMessageMeasureTests
{
    /// <summary>Every opening-message set before the twenty-fifth part's, as the table chains them.</summary>
    internal static IEnumerable<string> EarlierOpenings() => HeldOutParts.EarlierOpenings("twentyFifth");
}
