namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The twenty-fifth part is measured as a row of <see cref="HeldOutParts"/>; this link of the chain of earlier
/// conversations stays for the part after it, measured in its own classes until it is a row of the table too.
/// </summary>
public static class TwentyFifthPassScenarioTests
{
    /// <summary>Every batch's conversations before the twenty-fifth part, as the table chains them.</summary>
    internal static IEnumerable<ConversationScenario> EarlierScenarios() => HeldOutParts.EarlierScenarios("twentyFifth");
}
