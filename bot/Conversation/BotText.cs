namespace CrossBorderBot.Conversation;

/// <summary>The bot's own sentences in English and Simplified Chinese (guides and knowledge texts carry their own).</summary>
public sealed record BotText(
    string Welcome,
    string Help,
    string MenuPrompt,
    string MenuReadiness,
    string MenuPlatform,
    string MenuLogistics,
    string MenuFixIssue,
    string MenuAsk,
    string GuideNotAvailable,
    string Cancelled,
    string NothingToGoBack,
    string MessageTooLong,
    string StateLost,
    string AskPrompt,
    string AskAnother,
    string NoAnswer,
    string LowConfidence,
    string SourcesHeading,
    string ReviewedOn)
{
    public static readonly BotText English = new(
        Welcome: "Hello! I'm CrossBorderBot. I help small and medium-sized trading companies sell abroad: check your readiness, choose platforms and logistics, and fix problems such as customs holds, certification or VAT. I answer in English or Chinese (中文也可以).",
        Help: "You can pick a guide from the menu or just ask a question. At any time: \"back\" returns to the previous question, \"cancel\" or \"start over\" leaves the current guide, \"help\" shows this message.",
        MenuPrompt: "What would you like to do?",
        MenuReadiness: "Check my readiness to sell abroad",
        MenuPlatform: "Choose platforms",
        MenuLogistics: "Choose logistics",
        MenuFixIssue: "Fix an issue",
        MenuAsk: "Ask a question",
        GuideNotAvailable: "That guide is not available yet: it is still being built. Meanwhile you can ask me a question, and I will answer from the knowledge base.",
        Cancelled: "OK, I stopped that. Nothing else was changed.",
        NothingToGoBack: "There is no earlier question to go back to.",
        MessageTooLong: "That message is too long for me ({0} characters; the limit is {1}). Could you shorten it?",
        StateLost: "Sorry, I lost track of where we were (the bot was updated or its memory of this conversation could not be read). Let's start again from the menu.",
        AskPrompt: "What would you like to know? For example: \"Do I need IOSS for orders under €150?\"",
        AskAnother: "Do you have another question?",
        NoAnswer: "I could not find anything about that in my knowledge base. Try other words, or pick a guide from the menu.",
        LowConfidence: "I am not sure these answer your question; here is the closest I found.",
        SourcesHeading: "Sources",
        ReviewedOn: "reviewed {0}");

    public static readonly BotText Chinese = new(
        Welcome: "您好！我是 CrossBorderBot（跨境助手）。我帮助中小外贸企业开展跨境电商：评估出海准备度、选择平台和物流，并处理海关扣货、认证、增值税等问题。可以用中文或英文和我交流。",
        Help: "您可以从菜单中选择一个向导，也可以直接提问。随时可以输入：“返回”回到上一个问题，“取消”或“重新开始”退出当前向导，“帮助”查看本说明。",
        MenuPrompt: "您想做什么？",
        MenuReadiness: "评估出海准备度",
        MenuPlatform: "选择平台",
        MenuLogistics: "选择物流",
        MenuFixIssue: "解决问题",
        MenuAsk: "提一个问题",
        GuideNotAvailable: "这个向导还在建设中，暂时无法使用。您可以先向我提问，我会根据知识库回答。",
        Cancelled: "好的，已停止。其他内容没有改动。",
        NothingToGoBack: "没有可以返回的上一个问题。",
        MessageTooLong: "这条消息太长了（{0} 个字符，上限为 {1}）。能否精简一下？",
        StateLost: "抱歉，我没能接上刚才的进度（机器人已更新，或无法读取本次对话的记录）。我们从菜单重新开始吧。",
        AskPrompt: "您想了解什么？例如：“订单低于 150 欧元需要 IOSS 吗？”",
        AskAnother: "还有其他问题吗？",
        NoAnswer: "知识库里没有找到相关内容。请换个说法，或从菜单中选择一个向导。",
        LowConfidence: "不确定以下内容能否回答您的问题，这是最接近的结果。",
        SourcesHeading: "来源",
        ReviewedOn: "审核于 {0}");

    public static BotText For(string language) => ReplyLanguage.IsChinese(language) ? Chinese : English;
}
