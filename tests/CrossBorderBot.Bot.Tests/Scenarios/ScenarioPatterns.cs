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

    public const string WhatNext = "What would you like to do next|接下来您想做什么";
}
