using Xunit.Abstractions;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The twenty-first part (held out in the twenty-first pass, dev material from the twenty-second): its scenario, reply and
/// opening misses and every failing turn printed, so each can be read and sorted by kind, held to the part's floor in
/// <see cref="DevParts"/>.
/// <c>dotnet test tests/CrossBorderBot.Bot.Tests --filter "FullyQualifiedName~TwentyFirstPartDevTests" --logger "console;verbosity=detailed"</c>.
/// </summary>
public sealed class TwentyFirstPartDevTests(ITestOutputHelper output)
{
    private readonly DevPartPrinter printer = new(output);

    [Fact]
    public Task Twenty_first_part_misses_are_printed() => printer.PrintMissesAndHoldFloorAsync(DevParts.Named("twentyFirst"));

    [Fact]
    public Task Twenty_first_part_every_failing_turn_is_printed() => printer.PrintEveryFailingTurnAndHoldCeilingAsync(DevParts.Named("twentyFirst"));
}
