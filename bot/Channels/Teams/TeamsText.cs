namespace CrossBorderBot.Channels.Teams;

/// <summary>The Teams door's own sentences in English and Simplified Chinese.</summary>
public sealed record TeamsText(
    string CardExpiredShort,
    string Chosen,
    string UnknownAction,
    string ActionFailed,
    string SearchNoResults,
    string SearchUnknownCommand,
    string SearchFailed,
    string Source,
    string Reviewed)
{
    public static readonly TeamsText English = new(
        CardExpiredShort: "This question has expired. Please answer the latest question in the chat.",
        Chosen: "You chose: {0}",
        UnknownAction: "Sorry, this button is not supported any more. Please use the latest card in the chat.",
        ActionFailed: "Sorry, something went wrong on my side. Your progress is kept: please try the button again.",
        SearchNoResults: "Nothing in the knowledge base matches \"{0}\". Try other or fewer words.",
        SearchUnknownCommand: "This app has no search command named \"{0}\".",
        SearchFailed: "The knowledge base cannot be searched right now. Please try again in a few minutes.",
        Source: "Source",
        Reviewed: "Reviewed {0}");

    public static readonly TeamsText Chinese = new(
        CardExpiredShort: "这个问题已过期，请回答对话中最新的问题。",
        Chosen: "您选择了：{0}",
        UnknownAction: "抱歉，这个按钮已不再支持，请使用对话中最新的卡片。",
        ActionFailed: "抱歉，刚才出了点问题。您的进度已保存，请再点一次按钮。",
        SearchNoResults: "知识库中没有与“{0}”相关的内容。请换个说法或减少关键词。",
        SearchUnknownCommand: "此应用没有名为“{0}”的搜索命令。",
        SearchFailed: "知识库暂时无法搜索，请几分钟后再试。",
        Source: "来源",
        Reviewed: "审核日期 {0}");

    public static TeamsText For(BotLanguage language) => BilingualText.Pick(language, English, Chinese);
}
