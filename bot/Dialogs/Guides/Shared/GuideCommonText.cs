namespace CrossBorderBot.Dialogs.Guides;

/// <summary>What every guide says at its end, in English and Simplified Chinese.</summary>
public sealed record GuideCommonText(
    string WhatNext,
    string SendPlan,
    string BackToMenu,
    string Skip,
    string Sources,
    string Yes,
    string No,
    string NotReverified)
{
    public static readonly GuideCommonText English = new(
        WhatNext: "What would you like to do next?",
        SendPlan: "Send me the plan",
        BackToMenu: "Back to the menu",
        Skip: "Skip",
        Sources: "Sources",
        Yes: "yes",
        No: "no",
        NotReverified: "Not re-verified");

    public static readonly GuideCommonText Chinese = new(
        WhatNext: "接下来您想做什么？",
        SendPlan: "把计划发给我",
        BackToMenu: "返回菜单",
        Skip: "跳过",
        Sources: "来源",
        Yes: "是",
        No: "否",
        NotReverified: "未能重新核实的内容");

    public static GuideCommonText For(BotLanguage language) => language.IsChinese ? Chinese : English;
}
