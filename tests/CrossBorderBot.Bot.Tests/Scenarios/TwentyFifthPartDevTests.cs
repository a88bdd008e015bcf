using Xunit.Abstractions;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The twenty-fifth part (held out in the twenty-fifth pass, dev material from the twenty-sixth): its scenario, reply and
/// opening misses and every failing turn printed, so each can be read and sorted by kind, held to the part's floor in
/// <see cref="DevParts"/>.
/// <c>dotnet test tests/CrossBorderBot.Bot.Tests --filter "FullyQualifiedName~TwentyFifthPartDevTests" --logger "console;verbosity=detailed"</c>.
/// </summary>
public sealed class TwentyFifthPartDevTests(ITestOutputHelper output)
{
    private readonly DevPartPrinter printer = new(output);

    [Fact]
    public Task Twenty_fifth_part_misses_are_printed() => printer.PrintMissesAndHoldFloorAsync(DevParts.Named("twentyFifth"));

    [Fact]
    public Task Twenty_fifth_part_every_failing_turn_is_printed() => printer.PrintEveryFailingTurnAndHoldCeilingAsync(DevParts.Named("twentyFifth"));
}
