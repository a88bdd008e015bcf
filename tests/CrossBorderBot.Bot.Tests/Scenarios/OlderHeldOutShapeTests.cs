namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The shape one older held-out batch (parts 2–20) was written to, a row of <see cref="OlderHeldOutShapes"/>: at least
/// <paramref name="LeastCount"/> conversations, enough of them in Chinese, names new against <paramref name="NamedBefore"/>,
/// no longer message of <paramref name="SaidBefore"/> (null: the part was written before that check), and, from the
/// seventeenth part on, six to fourteen turns each. Only the batch's size and its breaches are compared, never printed
/// turn by turn.
/// </summary>
public sealed record OlderHeldOutShape(
    string Name,
    IReadOnlyList<ConversationScenario> Scenarios,
    int LeastCount,
    Func<int, int, bool> EnoughInChinese,
    Func<IEnumerable<ConversationScenario>> NamedBefore,
    Func<IEnumerable<ConversationScenario>>? SaidBefore = null,
    bool SixToFourteenTurns = false)
{
    public override string ToString() => Name;
}

/// <summary>
/// Each older held-out part's shape checks as one row, where every part's class once repeated them with its own numbers.
/// The rules and sets are the ones each part was written to, unchanged: the early parts asked two fifths in Chinese, the
/// eighth to twelfth fourteen or more, the later ones half but one; the eighth to twelfth and the earlier parts check
/// their own dev set's names too, since it was written with them.
/// </summary>
public static class OlderHeldOutShapes
{
    // chinese of count: the share each part was written to.
    private static bool TwoFifths(int chinese, int count) => chinese * 5 >= count * 2;

    private static bool Half(int chinese, int count) => chinese * 2 >= count;

    private static bool HalfButOne(int chinese, int count) => chinese * 2 >= count - 1;

    private static bool FourteenOrMore(int chinese, int count) => chinese >= 14;

    public static IReadOnlyList<OlderHeldOutShape> All { get; } =
    [
        new("second", SecondHeldOutScenarios.All, 12, TwoFifths,
            () => SecondDevScenarios.All.Concat(HeldOutScenarios.All).Concat(MoreScenarios.All)),
        new("third", ThirdHeldOutScenarios.All, 15, TwoFifths,
            () => ThirdDevScenarios.All.Concat(SecondHeldOutScenarios.All).Concat(SecondDevScenarios.All).Concat(HeldOutScenarios.All).Concat(MoreScenarios.All)),
        new("fourth", FourthHeldOutScenarios.All, 20, Half,
            () => FourthDevScenarios.All.Concat(ThirdHeldOutScenarios.All).Concat(ThirdDevScenarios.All).Concat(SecondHeldOutScenarios.All)
                .Concat(SecondDevScenarios.All).Concat(HeldOutScenarios.All).Concat(MoreScenarios.All)),
        new("fifth", FifthHeldOutScenarios.All, 24, Half,
            () => FifthDevScenarios.All.Concat(FourthHeldOutScenarios.All).Concat(FourthDevScenarios.All).Concat(ThirdHeldOutScenarios.All)
                .Concat(ThirdDevScenarios.All).Concat(SecondHeldOutScenarios.All).Concat(SecondDevScenarios.All)
                .Concat(HeldOutScenarios.All).Concat(MoreScenarios.All)),
        new("sixth", SixthHeldOutScenarios.All, 24, Half,
            () => SixthDevScenarios.All.Concat(FifthHeldOutScenarios.All).Concat(FifthDevScenarios.All).Concat(FourthHeldOutScenarios.All)
                .Concat(FourthDevScenarios.All).Concat(ThirdHeldOutScenarios.All).Concat(ThirdDevScenarios.All)
                .Concat(SecondHeldOutScenarios.All).Concat(SecondDevScenarios.All).Concat(HeldOutScenarios.All)
                .Concat(MoreScenarios.All)),
        new("seventh", SeventhHeldOutScenarios.All, 24, TwoFifths,
            () => SeventhDevScenarios.All.Concat(SeventhPassScenarioTests.EarlierScenarios()), SeventhPassScenarioTests.EarlierScenarios),
        new("eighth", EighthHeldOutScenarios.All, 27, FourteenOrMore,
            () => EighthDevScenarios.All.Concat(EighthPassScenarioTests.EarlierScenarios()), EighthPassScenarioTests.EarlierScenarios),
        new("ninth", NinthHeldOutScenarios.All, 28, FourteenOrMore,
            () => NinthDevScenarios.All.Concat(NinthPassScenarioTests.EarlierScenarios()), NinthPassScenarioTests.EarlierScenarios),
        new("tenth", TenthHeldOutScenarios.All, 28, FourteenOrMore,
            () => TenthDevScenarios.All.Concat(TenthPassScenarioTests.EarlierScenarios()), TenthPassScenarioTests.EarlierScenarios),
        new("eleventh", EleventhHeldOutScenarios.All, 28, FourteenOrMore,
            () => EleventhDevScenarios.All.Concat(EleventhPassScenarioTests.EarlierScenarios()), EleventhPassScenarioTests.EarlierScenarios),
        new("twelfth", TwelfthHeldOutScenarios.All, 28, FourteenOrMore,
            () => TwelfthDevScenarios.All.Concat(TwelfthPassScenarioTests.EarlierScenarios()), TwelfthPassScenarioTests.EarlierScenarios),
        new("thirteenth", ThirteenthHeldOutScenarios.All, 33, HalfButOne,
            ThirteenthPassScenarioTests.EarlierScenarios, ThirteenthPassScenarioTests.EarlierScenarios),
        new("fourteenth", FourteenthHeldOutScenarios.All, 36, HalfButOne,
            FourteenthPassScenarioTests.EarlierScenarios, FourteenthPassScenarioTests.EarlierScenarios),
        new("fifteenth", FifteenthHeldOutScenarios.All, 38, HalfButOne,
            FifteenthPassScenarioTests.EarlierScenarios, FifteenthPassScenarioTests.EarlierScenarios),
        new("sixteenth", SixteenthHeldOutScenarios.All, 38, HalfButOne,
            SixteenthPassScenarioTests.EarlierScenarios, SixteenthPassScenarioTests.EarlierScenarios),
        new("seventeenth", SeventeenthHeldOutScenarios.All, 38, HalfButOne,
            SeventeenthPassScenarioTests.EarlierScenarios, SeventeenthPassScenarioTests.EarlierScenarios, SixToFourteenTurns: true),
        new("eighteenth", EighteenthHeldOutScenarios.All, 38, HalfButOne,
            EighteenthPassScenarioTests.EarlierScenarios, EighteenthPassScenarioTests.EarlierScenarios, SixToFourteenTurns: true),
        new("nineteenth", NineteenthHeldOutScenarios.All, 38, HalfButOne,
            NineteenthPassScenarioTests.EarlierScenarios, NineteenthPassScenarioTests.EarlierScenarios, SixToFourteenTurns: true),
        new("twentieth", TwentiethHeldOutScenarios.All, 38, HalfButOne,
            TwentiethPassScenarioTests.EarlierScenarios, TwentiethPassScenarioTests.EarlierScenarios, SixToFourteenTurns: true),
    ];

    public static OlderHeldOutShape Named(string name) => All.Single(part => part.Name == name);

    public static TheoryData<string> Names(Func<OlderHeldOutShape, bool> checks)
    {
        var names = new TheoryData<string>();
        foreach (var part in All.Where(checks))
        {
            names.Add(part.Name);
        }

        return names;
    }
}

/// <summary>
/// The older held-out batches' shape checks, a theory row a part. One part:
/// <c>dotnet test tests/CrossBorderBot.Bot.Tests --filter "FullyQualifiedName~OlderHeldOutShapeTests&amp;DisplayName~twelfth"</c>.
/// </summary>
public sealed class OlderHeldOutShapeTests
{
    public static TheoryData<string> Parts => OlderHeldOutShapes.Names(_ => true);

    public static TheoryData<string> PartsCheckingSaidBefore => OlderHeldOutShapes.Names(part => part.SaidBefore is not null);

    public static TheoryData<string> PartsCheckingTurns => OlderHeldOutShapes.Names(part => part.SixToFourteenTurns);

    [Theory]
    [MemberData(nameof(Parts))]
    public void The_held_out_batch_has_its_size_its_share_in_chinese_and_unique_names(string part)
    {
        var row = OlderHeldOutShapes.Named(part);
        var all = row.Scenarios;
        Assert.True(all.Count >= row.LeastCount, $"{all.Count} scenarios");
        Assert.True(row.EnoughInChinese(all.Count(s => s.IsChinese), all.Count), $"{all.Count(s => s.IsChinese)} of {all.Count} in Chinese");
        var names = all.Concat(row.NamedBefore()).Select(s => s.Name).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
    }

    /// <summary>Each conversation is a whole goal of realistic length, so a goal is not lost only by sheer length.</summary>
    [Theory]
    [MemberData(nameof(PartsCheckingTurns))]
    public void Each_held_out_conversation_has_six_to_fourteen_turns(string part)
    {
        var outside = OlderHeldOutShapes.Named(part).Scenarios.Where(s => s.Turns.Count is < 6 or > 14).Select(s => $"{s.Name}: {s.Turns.Count}").ToList();
        Assert.Empty(outside);
    }

    /// <summary>Each longer message is new wording: none appears in an earlier batch (short answers and commands like "yes" or "cancel" may repeat).</summary>
    [Theory]
    [MemberData(nameof(PartsCheckingSaidBefore))]
    public void The_held_out_batch_reuses_no_longer_message_of_an_earlier_batch(string part)
    {
        var row = OlderHeldOutShapes.Named(part);
        var earlier = row.SaidBefore!().SelectMany(s => s.Turns).Select(t => t.Say).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var reused = row.Scenarios.SelectMany(s => s.Turns).Select(t => t.Say)
            .Where(say => say.Length >= 8 && earlier.Contains(say)).ToList();
        Assert.Empty(reused);
    }
}
