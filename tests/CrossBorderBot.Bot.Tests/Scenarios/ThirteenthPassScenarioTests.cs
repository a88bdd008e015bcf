namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The thirteenth pass's held-out scenarios (<see cref="ThirteenthHeldOutScenarios"/>) through the real bot. Its total is measured as
/// the row "thirteenth" of <see cref="OlderHeldOutScenarioParts"/>, where its floor and their history are
/// (<c>dotnet test tests/CrossBorderBot.Bot.Tests --filter "FullyQualifiedName~OlderHeldOutScenarioMeasureTests&amp;DisplayName~thirteenth"</c>);
/// its shape checks are the row "thirteenth" of <see cref="OlderHeldOutShapes"/>.
/// Written before any behaviour change of the thirteenth pass and never tuned on: only the count that passes is printed,
/// not which scenarios fail, so the set stays unseen. The floor only ever goes up.
/// </summary>
public sealed class ThirteenthPassScenarioTests
{
    public static TheoryData<string> HeldOut => ScenarioRunner.Names(ThirteenthHeldOutScenarios.All);

    // Fourteenth pass: the batch, measured and reported (23 of 36), is dev material; one by one, each failing scenario
    // names its gap (set CBB_RUN_GAPS=1 to run them anyway).
    private static readonly Dictionary<string, string> HeldOutGaps = new(StringComparer.Ordinal)
    {
        ["held13-en-logistics-what-if-heavier-parcel"] =
            "'tracking required pls' at the tracking question is not in the slot vocabulary's yes answers (bot/Dialogs), so it gets didn't-understand",
        ["held13-en-plan-recall-shipping-advice-from-before"] =
            "'cheapest courier…' in the opening already answers the speed question, so 'slowest is ok' meets the tracking question, where a second answer for a known slot is not taken (the guide, bot/Dialogs)",
        ["held13-zh-plan-recall-shipping-advice-from-before"] =
            "'…用哪个快递便宜' in the opening already answers the speed question, so '慢一点也行' meets the tracking question, where a second answer for a known slot is not taken (the guide, bot/Dialogs)",
        ["held13-en-logistics-six-facts-in-the-opening-line"] =
            "'standard speed' in the opening's list of facts is not read as the speed answer (slot vocabulary, bot/Dialogs), so the speed question is asked",
        ["held13-zh-logistics-what-if-express-instead"] =
            "'走快的' is not read as the speed answer (slot vocabulary, bot/Dialogs), so the what-if has no changed input and the question is looked up",
        ["held13-en-readiness-answers-told-in-sentences"] =
            "'our stuff is pretty unique, everything is custom engraved' is not in the differentiation question's vocabulary (bot/Dialogs)",
        ["held13-zh-readiness-answers-told-in-sentences"] =
            "'我们的产品都是定制刻字的，市面上很少见' is not in the differentiation question's vocabulary (bot/Dialogs)",
        ["held13-zh-logistics-duty-free-limit-over-there-mid-guide"] =
            "completed with Poland ('那边' → 波兰), which the knowledge base does not answer for a per-parcel duty-free limit yet",
        ["held13-en-logistics-two-markets-then-vat-for-both"] =
            "VAT is answered for France and Italy, but the dimensions question asked again says 'if you don't know them', which the scenario's no-answer pattern forbids",
        ["held13-zh-logistics-two-markets-then-vat-for-both"] =
            "VAT is answered for Germany and Spain, but the dimensions question asked again says '不知道可以跳过', which the scenario's no-answer pattern forbids",
        ["held13-zh-platform-every-fact-with-typos-and-english"] =
            "slips inside Chinese slot words ('经严' for 经验, '品派' for 品牌) are not mended (slot vocabulary, bot/Dialogs), so the experience question is asked",
    };

    [SkippableTheory]
    [MemberData(nameof(HeldOut))]
    public Task Held_out_scenario(string name)
    {
        Skip.If(HeldOutGaps.TryGetValue(name, out var gap) && Environment.GetEnvironmentVariable("CBB_RUN_GAPS") != "1", gap);
        return ScenarioRunner.AssertPassesAsync(ThirteenthHeldOutScenarios.All, name);
    }

    internal static IEnumerable<ConversationScenario> EarlierScenarios() =>
        TwelfthHeldOutScenarios.All.Concat(TwelfthDevScenarios.All).Concat(TwelfthPassScenarioTests.EarlierScenarios());
}
