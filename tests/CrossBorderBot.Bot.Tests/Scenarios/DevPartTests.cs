using Xunit.Abstractions;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The parts that were held out in their own pass and are dev material now, from the twentieth on (a theory row a
/// part): each one's scenario, reply and opening misses and every failing turn printed, so each can be read and sorted
/// by kind, held to the part's floor in <see cref="DevParts"/>. One part:
/// <c>dotnet test tests/CrossBorderBot.Bot.Tests --filter "FullyQualifiedName~DevPartTests&amp;DisplayName~twentyFifth" --logger "console;verbosity=detailed"</c>.
/// </summary>
public sealed class DevPartTests(ITestOutputHelper output)
{
    private readonly DevPartPrinter printer = new(output);

    public static TheoryData<string> Parts => new() { "twentieth", "twentyFirst", "twentySecond", "twentyThird", "twentyFourth", "twentyFifth", "twentySixth", "twentySeventh", "twentyEighth", "twentyNinth", "thirtieth", "thirtyFirst", "thirtySecond", "thirtyThird", "thirtyFourth" };

    [Theory]
    [MemberData(nameof(Parts))]
    public Task Part_misses_are_printed(string part) => printer.PrintMissesAndHoldFloorAsync(DevParts.Named(part));

    [Theory]
    [MemberData(nameof(Parts))]
    public Task Part_every_failing_turn_is_printed(string part) => printer.PrintEveryFailingTurnAndHoldCeilingAsync(DevParts.Named(part));
}
