namespace CrossBorderBot.Replies;

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
    string Cancelled,
    string NothingToGoBack,
    string MessageTooLong,
    string StateLost,
    string AskPrompt,
    string AskAnother,
    string NoAnswer,
    string LowConfidence,
    string SourcesHeading,
    string ReviewedOn,
    string NoPlanYet,
    string PlanComesWithTheResult,
    string PlanMadeInTheOtherLanguage,
    string LanguageSwitched,
    string QuestionAnsweredResume,
    string AnsweredWithTheResult,
    string GuideResumed,
    string AskWhichMarket,
    string YouAreWelcome,
    string Goodbye,
    string GoodbyeKeepsPlace,
    string HelloAgain)
{
    public static readonly BotText English = new(
        Welcome: "Hello! I'm CrossBorderBot. I help small and medium-sized trading companies sell abroad: check your readiness, choose platforms and logistics, and fix problems such as customs holds, certification or VAT. I answer in English or Chinese (中文也可以).",
        Help: "I help small manufacturers and traders sell abroad. Four guides:\n\n"
            + "- **Check my readiness to sell abroad**: 16 questions, a score per area and what to do next\n"
            + "- **Choose platforms**: the marketplaces that fit your products, markets and budget\n"
            + "- **Choose logistics**: channels, costs, delivery days, duties and taxes for a parcel\n"
            + "- **Fix an issue**: a customs hold, a lost parcel, an account or IP complaint, step by step\n\n"
            + "Or just ask, for example \"What is the VAT rate in the UK?\" or \"Is the US $800 duty-free limit still there?\". "
            + "At any time: \"back\" returns to the previous question, \"cancel\" or \"start over\" leaves the current guide, \"help\" shows this message.",
        MenuPrompt: "What would you like to do?",
        MenuReadiness: "Check my readiness to sell abroad",
        MenuPlatform: "Choose platforms",
        MenuLogistics: "Choose logistics",
        MenuFixIssue: "Fix an issue",
        MenuAsk: "Ask a question",
        Cancelled: "OK, I stopped that. Nothing else was changed.",
        NothingToGoBack: "There is no earlier question to go back to.",
        MessageTooLong: "That message is too long for me ({0} characters; the limit is {1}). Could you shorten it?",
        StateLost: "Sorry, I lost track of where we were (the bot was updated or its memory of this conversation could not be read). Let's start again from the menu.",
        AskPrompt: "What would you like to know? For example: \"Do I need IOSS for orders under €150?\"",
        AskAnother: "Do you have another question?",
        NoAnswer: "I could not find anything about that in my knowledge base. Try other words, or pick a guide from the menu.",
        LowConfidence: "I am not sure these answer your question; here is the closest I found.",
        SourcesHeading: "Sources",
        ReviewedOn: "reviewed {0}",
        NoPlanYet: "You have no plan yet. Each guide ends with a plan you can ask for again later: pick one from the menu.",
        PlanComesWithTheResult: "Your plan comes with this guide's result, once its questions are answered. \"Show my last plan\" shows the one you saved before.",
        PlanMadeInTheOtherLanguage: "This plan was made in Chinese on {0}; run the guide again to get it in English.",
        LanguageSwitched: "OK, I will answer in English from now on.",
        QuestionAnsweredResume: "Now, back to where we were:",
        AnsweredWithTheResult: "The result will answer that: it ranks the options and gives the reasons for each. Once it is shown, ask me to compare (for example \"what if it were 3 kg?\" or \"why not the other one?\"). First, what I still need:",
        GuideResumed: "Back to “{0}” — your answers so far are kept.",
        AskWhichMarket: "That depends on the market. Which country do you mean? For example \"Germany\" or \"the US\".",
        YouAreWelcome: "You're welcome!",
        Goodbye: "Glad I could help — bye for now! Your plans stay saved: ask for \"my plan\" any time.",
        GoodbyeKeepsPlace: "Bye for now! I'll keep our place: when you're back, just carry on from the last question.",
        HelloAgain: "Hi! Pick one of the options above, or just tell me what you need.");

    public static readonly BotText Chinese = new(
        Welcome: "您好！我是 CrossBorderBot（跨境助手）。我帮助中小外贸企业开展跨境电商：评估出海准备度、选择平台和物流，并处理海关扣货、认证、增值税等问题。可以用中文或英文和我交流。",
        Help: "我帮助中小工厂和贸易公司把产品卖到海外。四个向导：\n\n"
            + "- **评估出海准备度**：16 个问题，给出各方面得分和下一步建议\n"
            + "- **选择平台**：适合您的产品、市场和预算的平台\n"
            + "- **选择物流**：一个包裹的渠道、费用、时效、关税和税费\n"
            + "- **解决问题**：海关扣货、包裹丢失、账号或知识产权投诉，一步一步处理\n\n"
            + "也可以直接提问，例如“英国的增值税税率是多少？”或“美国的小额包裹还免税吗？”。"
            + "随时可以输入：“返回”回到上一个问题，“取消”或“重新开始”退出当前向导，“帮助”查看本说明。",
        MenuPrompt: "您想做什么？",
        MenuReadiness: "评估出海准备度",
        MenuPlatform: "选择平台",
        MenuLogistics: "选择物流",
        MenuFixIssue: "解决问题",
        MenuAsk: "提一个问题",
        Cancelled: "好的，已停止。其他内容没有改动。",
        NothingToGoBack: "没有可以返回的上一个问题。",
        MessageTooLong: "这条消息太长了（{0} 个字符，上限为 {1}）。能否精简一下？",
        StateLost: "抱歉，我没能接上刚才的进度（机器人已更新，或无法读取本次对话的记录）。我们从菜单重新开始吧。",
        AskPrompt: "您想了解什么？例如：“订单低于 150 欧元需要 IOSS 吗？”",
        AskAnother: "还有其他问题吗？",
        NoAnswer: "知识库里没有找到相关内容。请换个说法，或从菜单中选择一个向导。",
        LowConfidence: "不确定以下内容能否回答您的问题，这是最接近的结果。",
        SourcesHeading: "来源",
        ReviewedOn: "审核于 {0}",
        NoPlanYet: "您还没有计划。每个向导结束时都会生成一份计划，之后可以随时调出：请从菜单中选择一个向导。",
        PlanComesWithTheResult: "回答完这个向导的问题、给出结果时，就会生成您的方案。想看之前保存的方案，请说“看我上次的方案”。",
        PlanMadeInTheOtherLanguage: "这份方案是 {0} 用英文生成的；重新走一遍向导即可得到中文版。",
        LanguageSwitched: "好的，接下来我会用中文回答。",
        QuestionAnsweredResume: "好，我们回到刚才的问题：",
        AnsweredWithTheResult: "这个问题结果会回答：结果会把各个选项排好，并说明每个的理由。结果出来后，您可以让我比较（例如“如果是3公斤呢？”或“为什么不选另一个？”）。先把还缺的信息补上：",
        GuideResumed: "回到“{0}”——您之前的回答都还在。",
        AskWhichMarket: "这要看是哪个市场。您问的是哪个国家？例如“德国”或“美国”。",
        YouAreWelcome: "不客气！",
        Goodbye: "很高兴能帮上忙，再见！方案都已保存，随时说“我的计划”就能调出。",
        GoodbyeKeepsPlace: "好的，再见！进度我先保留，回来后接着上一个问题继续就行。",
        HelloAgain: "您好！请选择上面的一个选项，或者直接告诉我您需要什么。");

    public static BotText For(BotLanguage language) => BilingualText.Pick(language, English, Chinese);
}
