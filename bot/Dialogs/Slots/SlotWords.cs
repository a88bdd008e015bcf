namespace CrossBorderBot.Dialogs.Slots;

/// <summary>One slot's vocabulary: its values with their words, and the value used when the user does not know.</summary>
public sealed class SlotWords
{
    public Dictionary<string, SlotValueWords> Values { get; set; } = [];

    /// <summary>Used (and said) when the user does not know; null when the slot has no sensible default.</summary>
    public string? Default { get; set; }

    /// <summary>The value a plain negation means at the slot's own question ("not yet", "还没注册"); null when none does.</summary>
    public string? Negative { get; set; }

    /// <summary>
    /// The value a reply means when one clause says yes and another no or "don't know" ("CE yes, the rest no idea",
    /// "有CE，美国的还没办"); null when the slot has no partial answer.
    /// </summary>
    public string? Mixed { get; set; }

    /// <summary>
    /// What a value's words mean when negated in the same clause: "not urgent", "不用着急" name the fast answer's words
    /// but mean the economy one. Empty when negating a value means nothing of its own.
    /// </summary>
    public Dictionary<string, string> Negated { get; set; } = [];

    /// <summary>
    /// Words that name what the slot's question is about ("tracking", "品牌"), which people often say before their yes,
    /// no or don't-know ("tracking yes definitely", "品牌有，在国内注册的", "尺寸没量"): taken off the reply's start.
    /// </summary>
    public List<string> Topic { get; set; } = [];

    /// <summary>
    /// The values at the top ("all") and the middle ("some") of the question's scale, when it has one: a reply placed on
    /// it by a word of all or some ("every order is checked", "a bit different") takes that value, and so does a reply whose
    /// clauses give two different answers ("a few are our own design, the rest are standard ones") the middle one.
    /// </summary>
    public Dictionary<string, string> Scale { get; set; } = [];

    /// <summary>
    /// Things of the question named in a reply, by the value naming one gives at least ("LFGB and FDA for food contact" at the
    /// certificates question: some): read only for a best guess at the slot's own question, when no other words placed the reply.
    /// </summary>
    public Dictionary<string, List<string>> Named { get; set; } = [];

    /// <summary>
    /// True when the slot describes the company as it is today (experience, brand, certificates): words inside a plan
    /// ("thinking of selling on amazon", "打算注册商标") state no fact, so a message's plan does not answer it.
    /// </summary>
    public bool AboutToday { get; set; }

    /// <summary>
    /// True when the slot describes what the seller plans now (whom they will sell to): words about what they did
    /// before ("we did some b2b before", "以前做过批发") are history, so they do not answer it outside its own question.
    /// </summary>
    public bool AboutThePlan { get; set; }
}
