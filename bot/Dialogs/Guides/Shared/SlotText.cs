namespace CrossBorderBot.Dialogs.Guides;

/// <summary>What a guide says when it takes answers from a message, in English and Simplified Chinese.</summary>
public sealed record SlotText(string Noted, string Changed, string Assumed, string WhatIf, string AlsoNamed, string AlsoNamedProduct, string SeveralProducts, string AlsoProducts, string Unchanged, string ListSeparator, string RegionAsCountries, string AlreadyNoted)
{
    public static readonly SlotText English = new(
        Noted: "Noted: {0}.",
        Changed: "Changed: {0}.",
        Assumed: "I'll assume {0} — say another answer to change it.",
        WhatIf: "Same answers as before except {0}. Here is the new result:",
        AlsoNamed: "You also named {0}: say \"{1} instead\" to see the same parcel there.",
        AlsoNamedProduct: "You also named {0}: say \"{1} instead\" to see the result for it.",
        SeveralProducts: "You named several products: {0}. I'll work out {1} first and offer the others after its result.",
        AlsoProducts: "also {0} (offered after the first result)",
        Unchanged: "That is already what this result assumes, so it stays the same:",
        ListSeparator: ", ",
        RegionAsCountries: "{1} (for \"{0}\", which is not one market in my data)",
        AlreadyNoted: "I already have that: {0}.");

    public static readonly SlotText Chinese = new(
        Noted: "已记下：{0}。",
        Changed: "已修改：{0}。",
        Assumed: "我先按“{0}”来算，想改的话直接告诉我。",
        WhatIf: "其他回答不变，只改了：{0}。新的结果如下：",
        AlsoNamed: "您还提到了{0}：说“换成{1}”即可查看同一包裹寄往那里的结果。",
        AlsoNamedProduct: "您还提到了{0}：说“换成{1}”即可查看它的结果。",
        SeveralProducts: "您提到了几种产品：{0}。我先算{1}，出结果后再为您列出其他的。",
        AlsoProducts: "另有{0}（第一个结果之后再看）",
        Unchanged: "这个结果已经是按这一点算的，所以不变：",
        ListSeparator: "，",
        RegionAsCountries: "{1}（按“{0}”中我了解的国家；它在我的资料里不是一个单独的市场）",
        AlreadyNoted: "这一点我已经记下了：{0}。");

    public static SlotText For(BotLanguage language) => language.IsChinese ? Chinese : English;
}
