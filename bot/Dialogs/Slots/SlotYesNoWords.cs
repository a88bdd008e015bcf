namespace CrossBorderBot.Dialogs.Slots;

/// <summary>The JSON shape of slot-vocabulary.json's "yesNo" section: how people say yes, no and "would be nice".</summary>
public sealed class SlotYesNoWords
{
    public List<string> YesLeadIns { get; set; } = [];

    public List<string> Yes { get; set; } = [];

    /// <summary>Characters that turn a Chinese yes opening into something else ("有没有", "要不要", "是不是", "有点").</summary>
    public List<string> NotYesWhenFollowedBy { get; set; } = [];

    public List<string> NoLeadIns { get; set; } = [];

    public List<string> No { get; set; } = [];

    /// <summary>
    /// Words that go on about goods described by a negated "…的" before them ("没开封的可以退", "质量没问题的不退"): the
    /// negation describes which goods, the words after say yes or no.
    /// </summary>
    public List<string> AfterDescribedGoods { get; set; } = [];

    /// <summary>Words that negate a slot's words later in the same clause ("we don't have our own brand").</summary>
    public List<string> Negations { get; set; } = [];

    /// <summary>Softeners that are no negation ("not much", "不太", "no idea").</summary>
    public List<string> Hedges { get; set; } = [];

    /// <summary>Words that end a clause besides punctuation ("but", "不过").</summary>
    public List<string> ClauseBreaks { get; set; } = [];

    /// <summary>A wish that says yes at a yes/no question ("tracking would be nice", "能追踪最好").</summary>
    public List<string> Wishes { get; set; } = [];

    /// <summary>
    /// Words of need or obligation that say yes in a clause naming a yes/no question's topic ("物流要能跟踪", "买家退货我们得接受",
    /// "tracking is something we need"); read only beside the topic, never as a reply on their own.
    /// </summary>
    public List<string> Needs { get; set; } = [];

    /// <summary>Say the thing asked is under way but not done ("商标在办理中", "registration is pending"): not yet.</summary>
    public List<string> InProgress { get; set; } = [];

    /// <summary>Words of all or every ("every product", "每一单", "所有款式"): the top of a question's scale.</summary>
    public List<string> AllWords { get; set; } = [];

    /// <summary>Words of some or a little ("a bit", "部分", "一点点"), and "not all": the middle of a question's scale.</summary>
    public List<string> SomeWords { get; set; } = [];

    /// <summary>Says the thing asked is not wanted, wherever it stands in the first clause ("退货不考虑", "tracking not needed").</summary>
    public List<string> NotNeeded { get; set; } = [];

    /// <summary>
    /// Words of only a little or hardly ("hardly", "差异不大"'s "不大", "不是很", "很少"): a reply no words of a question placed leans
    /// to the middle of its scale (see <see cref="SlotYesNoReader.LeaningOf"/>).
    /// </summary>
    public List<string> LowDegree { get; set; } = [];

    /// <summary>Confirm what was offered ("that's the one", "spot on", "就是这个", "没错").</summary>
    public List<string> Confirmations { get; set; } = [];

    /// <summary>Say something was done ("finished", "did that", "做好了", "已经"); also the yes of a part done ("CE做了").</summary>
    public List<string> Done { get; set; } = [];

    /// <summary>English verbs whose past is not made with -ed ("sent", "got", "did"): a reply opening with one tells something done.</summary>
    public List<string> PastVerbs { get; set; } = [];

    /// <summary>Open a message that corrects an earlier answer ("不对，…", "no wait, …"): no negation of the question waiting.</summary>
    public List<string> Corrections { get; set; } = [];
}
