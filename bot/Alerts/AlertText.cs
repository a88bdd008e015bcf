namespace CrossBorderBot.Alerts;

/// <summary>What the alerts say, in English and Simplified Chinese.</summary>
public sealed record AlertText(
    string ChangeHeading,
    string UpdateHeading,
    string WhatChanges,
    string WhatToDo,
    string RecalculateStep,
    string ReviewStep,
    string UpdatedLine,
    string MyAlertsButton,
    string StopButton,
    string OfferButton,
    string Subscribed,
    string NextKnown,
    string AskWhichMarket,
    string UnknownMarket,
    string ListNone,
    string ListSome,
    string Stopped,
    string StoppedSome,
    string NothingToStop,
    string NotOnThisChannel,
    string ListSeparator)
{
    public static readonly AlertText English = new(
        ChangeHeading: "Rule change for {0} from {1}",
        UpdateHeading: "Updated rules for {0}",
        WhatChanges: "What changes",
        WhatToDo: "What to do",
        RecalculateStep: "Recalculate landed cost and prices for shipments to {0} from {1}; ask me for a logistics estimate to see the new figures.",
        ReviewStep: "Check your listings, declarations and prices for {0} against the updated rules; ask me about them for details.",
        UpdatedLine: "Our knowledge base was revised on {0}. Current summary: {1}",
        MyAlertsButton: "My alerts",
        StopButton: "Stop alerts",
        OfferButton: "Alert me when the rules for {0} change",
        Subscribed: "Done. I will tell you in this conversation when the rules for {0} change (I check every day). Say \"my alerts\" to see them, \"stop alerts\" to end them.",
        NextKnown: "Next change I know of: **{0}**, {1}: {2}",
        AskWhichMarket: "Which markets should I watch for rule changes? For example: \"notify me when the rules for the US change\".",
        UnknownMarket: "I have no rules on file for {0} yet, so there is nothing to watch there. Markets I know: {1}.",
        ListNone: "You have no rule-change alerts in this conversation. Say, for example, \"notify me when the rules for the US change\".",
        ListSome: "In this conversation you get rule-change alerts for: {0}.",
        Stopped: "Stopped: no more rule-change alerts in this conversation.",
        StoppedSome: "Stopped the alerts for {0}. Still watching: {1}.",
        NothingToStop: "You have no rule-change alerts here to stop.",
        NotOnThisChannel: "Alerts reach you in Teams, Slack and the web chat; this channel cannot receive messages later, so I cannot set them up here.",
        ListSeparator: ", ");

    public static readonly AlertText Chinese = new(
        ChangeHeading: "{0}规则变化：{1}起",
        UpdateHeading: "{0}规则已更新",
        WhatChanges: "有什么变化",
        WhatToDo: "你需要做什么",
        RecalculateStep: "重新核算{1}起发往{0}货物的到岸成本和售价；向我要一次物流估算即可看到新数字。",
        ReviewStep: "按更新后的规则检查你在{0}的商品页面、申报和价格；可以直接问我细节。",
        UpdatedLine: "我们的知识库于{0}修订。当前摘要：{1}",
        MyAlertsButton: "我的提醒",
        StopButton: "取消提醒",
        OfferButton: "{0}规则变化时提醒我",
        Subscribed: "好的。{0}的规则有变化时，我会在这个对话里通知你（每天检查一次）。说“我的提醒”查看，说“取消提醒”停止。",
        NextKnown: "已知的下一次变化：**{0}**，{1}：{2}",
        AskWhichMarket: "要关注哪些市场的规则变化？例如：“美国的规则有变化时通知我”。",
        UnknownMarket: "我还没有{0}的规则资料，暂时无法关注。我了解的市场：{1}。",
        ListNone: "这个对话里没有规则变化提醒。可以说：“美国的规则有变化时通知我”。",
        ListSome: "这个对话里你关注的规则变化：{0}。",
        Stopped: "已取消：这个对话不再发送规则变化提醒。",
        StoppedSome: "已取消{0}的提醒。仍在关注：{1}。",
        NothingToStop: "这里没有可以取消的规则变化提醒。",
        NotOnThisChannel: "提醒会发到Teams、Slack和网页聊天；这个渠道无法在之后接收消息，所以不能在这里设置。",
        ListSeparator: "、");

    public static AlertText For(BotLanguage language) => BilingualText.Pick(language, English, Chinese);

    /// <summary>"2027-07-01" in English, "2027年7月1日" in Chinese.</summary>
    public string Date(DateOnly day) => ReferenceEquals(this, Chinese)
        ? string.Create(CultureInfo.InvariantCulture, $"{day.Year}年{day.Month}月{day.Day}日")
        : day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
