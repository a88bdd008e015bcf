using Xunit.Abstractions;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The twentieth part (held out in the twentieth pass, dev material from the twenty-first): its scenario, reply and
/// opening misses and every failing turn printed, so each can be read and sorted by kind, held to the part's floor in
/// <see cref="DevParts"/>.
/// <c>dotnet test tests/CrossBorderBot.Bot.Tests --filter "FullyQualifiedName~TwentiethPartDevTests" --logger "console;verbosity=detailed"</c>.
/// </summary>
public sealed class TwentiethPartDevTests(ITestOutputHelper output)
{
    private readonly DevPartPrinter printer = new(output);

    [Fact]
    public Task Twentieth_part_misses_are_printed() => printer.PrintMissesAndHoldFloorAsync(DevParts.Named("twentieth"));

    [Fact]
    public Task Twentieth_part_every_failing_turn_is_printed() => printer.PrintEveryFailingTurnAndHoldCeilingAsync(DevParts.Named("twentieth"));
}
