using static CrossBorderBot.Tests.Scenarios.ScenarioPatterns;

namespace CrossBorderBot.Tests.Scenarios;

/// <summary>
/// The eleventh pass's dev scenarios: what the pass tuned on, in wording of its own for each mechanism it changed after
/// the tenth held-out batch (dev material from this pass on) was looked at. They run the real knowledge base and check
/// the market an answer is for: a question about duty or tax that names no market asks which one (and the reply's
/// market completes it), a question in passing inside a guide that points to the guide's place ("in that country",
/// "当地") is answered for that place, and never with another market's rule. Not a measure.
/// </summary>
public static class EleventhDevScenarios
{
    private const string AsksWhichMarket = "(?i)which country|哪个国家";
    private const string NoAnswer = "(?i)don't know|could not find|不知道|没有找到";

    public static IReadOnlyList<ConversationScenario> All { get; } =
    [
        En("a-tax-question-without-a-market-asks-which-then-answers-for-it",
            Say.That("do we owe import tax on these parcels?").Sees(AsksWhichMarket).Never("(?i)Russia|Brazil"),
            Say.That("poland").Sees("(?i)Poland|Polish|\\bEU\\b|European").Never("(?i)Russia|Brazil", AskWeight)),
        Zh("a-tax-question-without-a-market-asks-which-then-answers-for-it-in-chinese",
            Say.That("我们的货寄过去要缴税吗").Sees(AsksWhichMarket).Never("俄罗斯|巴西"),
            Say.That("法国").Sees("法国|欧盟|France|\\bEU\\b").Never("俄罗斯|巴西", AskWeight)),
        En("a-duty-question-without-a-market-asks-which-then-answers-for-germany",
            Say.That("will i be charged duty?").Sees(AsksWhichMarket).Never("(?i)Russia|Brazil"),
            Say.That("germany").Sees("(?i)German|\\bEU\\b|European").Never("(?i)Russia|Brazil", NoAnswer, AskWeight)),
        En("a-region-is-several-destinations",
            Say.That("shipping 1 kg of phone cases to southeast asia, 25 usd, whats cheapest")
                .Sees("(?i)Singapore", "(?i)Thailand", "(?i)Vietnam").Never(AskDestination, AskWeight)),
        Zh("a-region-is-several-destinations-in-chinese",
            Say.That("两公斤茶叶寄中东，货值50美元").Sees("沙特", "阿联酋").Never(AskDestination, AskWeight)),
        En("a-tax-question-naming-a-market-is-answered-for-it",
            Say.That("is vat charged on small parcels sent to the uk?").Sees("(?i)United Kingdom|\\bUK\\b|British").Never("(?i)Russia|Brazil", AsksWhichMarket)),
        En("a-tax-question-in-that-country-inside-a-guide-names-the-destination",
            Say.That("send 1.5 kg of shirts to spain, 40 usd").Sees(AskDimensions),
            Say.That("will the customer pay tax in that country?").Sees("(?i)Spain|Spanish|\\bEU\\b|European", AskDimensions).Never("(?i)Russia|Brazil")),
        Zh("a-local-duty-question-inside-a-guide-names-the-destination",
            Say.That("寄2公斤裤子到意大利，货值50美元").Sees(AskDimensions),
            Say.That("当地买家要交关税吗").Sees("意大利|欧盟|Italy|\\bEU\\b", AskDimensions).Never("俄罗斯|巴西")),
    ];

    private static ConversationScenario En(string name, params ScenarioTurn[] turns) => new("dev11-en-" + name, "en-US", turns);

    private static ConversationScenario Zh(string name, params ScenarioTurn[] turns) => new("dev11-zh-" + name, "zh-CN", turns);
}
