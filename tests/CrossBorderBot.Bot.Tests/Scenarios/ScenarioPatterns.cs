namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// Patterns for what the bot asks and shows, shared by the scenario tables so a reworded question changes one line.
/// </summary>
public static class ScenarioPatterns
{
    public const string NotUnderstood = "didn't understand|没有理解";
    public const string GaveUp = "leave this question for now|先放一放";

    /// <summary>
    /// A question asked again with a hint because the reply was not taken, in the prompts' own retry words (a typed
    /// prompt's retry does not say "didn't understand": "Please give the weight with a unit…", "请输入带币种的金额…").
    /// </summary>
    public const string Retried = "(?i)please (?:give|type|answer|pick a category|fill in)|I could not match that|I don't know that country|I didn't recognise that market|请输入|请带单位|请用数字回答|请从列表中选择|请回答“|请填写表单|我没能把它对应|我不认识这个国家|没有识别出这个市场";

    /// <summary>A free question got an answer from the knowledge base, or an honest "I don't know that yet".</summary>
    public const string Answered = "(?i)sources|来源|don't know|not sure|could not find|不知道|没有找到|不确定";

    public const string Menu = "What would you like to do|您想做什么";

    public const string AskWeight = "How much does one parcel weigh|单个包裹多重";
    public const string AskDimensions = "outer dimensions|外箱尺寸";
    public const string AskValue = "declared value of the goods|申报价值是多少";
    public const string AskDestination = "Where does the parcel go|包裹寄往哪里";
    public const string AskUrgency = "How fast must it arrive|对时效有什么要求";
    public const string AskTracking = "end-to-end tracking|全程物流跟踪";
    public const string AskReturns = "return the goods|能够退货";
    public const string AskGoods = "batteries or liquids\\?|有电池或液体吗";
    public const string LogisticsResult = "Logistics channels:|物流渠道：";

    public const string AskModel = "Who will you sell to|您的客户是谁";
    public const string AskMarkets = "Which markets do you want|您想卖到哪些市场";
    public const string AskCategory = "What do you sell\\?|您卖什么产品";
    public const string AskBudget = "monthly budget|每月能在平台上投入";
    public const string AskExperience = "selling experience does your team|跨境销售经验";
    public const string AskBrand = "your own brand\\?|自己的品牌吗";
    public const string PlatformResult = "Platforms that fit you|适合您的平台";

    public const string AskProblem = "What is the problem\\?|遇到了什么问题";
    public const string AskIssueMarket = "Which market is it about|是哪个市场的问题";
    public const string BestMatch = "Best match:|最匹配：";

    /// <summary>
    /// The readiness guide's questions and result. A scenario table whose questions were written against other words of
    /// the same question keeps its own private pattern of that name, which hides this one in that table only.
    /// </summary>
    public const string ReadinessStart = "(?i)how ready|准备度";
    public const string ReadinessForm = "(?i)Fill in what you can|请填写您能回答的问题";
    public const string AnyReadinessQuestion = "\\(\\d+/16\\)|（\\d+/16）";
    public const string AskDifferentiation = "How different are your products|产品与其他卖家相比有多大差异";
    public const string AskQualityCheck = "How do you check quality|如何检查质量";
    public const string AskCertificates = "certifications your target markets require|要求的认证";
    public const string AskTaxRegistration = "IOSS and EPR|IOSS 和 EPR";
    public const string AskSmallBatches = "small batches and customised|小批量和定制化产品";
    public const string AskStaff = "How many people work on cross-border|有多少人负责跨境电商";
    public const string AskLeadTime = "placing a production order|下生产订单到货物可发运";
    public const string AskLanguage = "in the target market's language|用目标市场的语言回复买家";
    public const string AskCashCycle = "finance stock in transit|垫资多少个月";
    public const string AskReadinessBudget = "What monthly budget \\(CNY\\)|每月能为跨境电商投入多少预算";
    public const string AskOnlineExperience = "online selling experience does your company|有哪些线上销售经验";
    public const string AskTrademark = "registered trademark for your brand|是否有注册商标";
    public const string AskData = "Do you use data|是否用数据";
    public const string AskChannelChoice = "How do you choose logistics channels|如何选择物流渠道";
    public const string AskReturnsPlan = "handle tracking and returns for buyers|处理物流追踪和退货";
    public const string AskIpCheck = "check trademarks and patents|检索商标和专利";
    public const string ReadinessResult = "Readiness: |准备度：";

    public const string WhatNext = "What would you like to do next|接下来您想做什么";
}
