namespace CrossBorderBot.Understanding;

/// <summary>
/// Bilingual cue words shared by the two languages: "ship", "快递" and "寄" all add the feature
/// <c>q:logistics</c>. They let what the classifier learns from English examples carry over to Chinese ones
/// (and back), and give it a hint for synonyms its examples never used. The classifier decides how much each
/// cue weighs.
/// </summary>
internal static partial class IntentCues
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    // Latin-only word start, because .NET's \b sees Han characters as word characters.
    private const string W = "(?<![a-z0-9])";

    private static readonly (string Feature, Regex Pattern)[] Cues =
    [
        ("q:greet", GreetCue()),
        ("q:help", HelpCue()),
        ("q:cancel", CancelCue()),
        ("q:readiness", ReadinessCue()),
        ("q:platform", PlatformCue()),
        ("q:logistics", LogisticsCue()),
        ("q:issue", IssueCue()),
        ("q:knowledge", KnowledgeCue()),
        ("q:question", QuestionCue()),
    ];

    public static IEnumerable<string> Find(string normalizedText) =>
        Cues.Where(c => c.Pattern.IsMatch(normalizedText)).Select(c => c.Feature);

    /// <summary>
    /// The one guide whose topic words the text uses ("运费" → logistics, "marketplace" → platform), or null when it
    /// uses none or several guides' words.
    /// </summary>
    public static string? GuideTopic(string text)
    {
        var normalized = IntentFeaturizer.Normalize(text);
        var topics = GuideTopics.Where(t => t.Pattern.IsMatch(normalized)).Select(t => t.Intent).ToList();
        return topics.Count == 1 ? topics[0] : null;
    }

    /// <summary>True when the text uses the topic words of a guide other than <paramref name="intent"/>'s ("platform", "运费").</summary>
    public static bool NamesAnotherTopicThan(string intent, string text)
    {
        var normalized = IntentFeaturizer.Normalize(text);
        return GuideTopics.Any(t => t.Intent != intent && t.Pattern.IsMatch(normalized));
    }

    private static readonly (string Intent, Regex Pattern)[] GuideTopics =
    [
        (IntentNames.StartReadiness, ReadinessCue()),
        (IntentNames.ChoosePlatform, PlatformCue()),
        (IntentNames.ChooseLogistics, LogisticsCue()),
    ];

    [GeneratedRegex($"{W}(hi+|hello+|helo|hey+|hiya|howdy|greetings|good (morning|afternoon|evening))(?![a-z])|你好|您好|嗨|哈喽|哈啰|早上好|下午好|晚上好|早安|在吗|有人吗", Options)]
    private static partial Regex GreetCue();

    [GeneratedRegex($"{W}(help|halp|assist\\w*|guide|guidance|menu|features?|functions?|capabilit\\w*|options|instructions?|tips?|hints?|commands?|manual|tutorial)(?![a-z])|(what|wat|wut|wht) (can|could) (you|u|this)|how (do|does|can|to) (i |we |u )?use|how does (this|it|the bot) work|帮助|帮忙|功能|怎么用|如何使用|使用说明|能做什么|能干什么|会什么|会干|提示|指引|指南|教教|怎么开始|问什么|问起|帮我什么|可以帮|什么服务|哪些服务", Options)]
    private static partial Regex HelpCue();

    [GeneratedRegex($"{W}(cancel+|cancle|stop|quit|exit|abort|nevermind|never mind|forget it|start over|start (again|from scratch)|restart|reset|enough)(?![a-z])|取消|算了|退出|停止|停下|不用了|不要了|结束|不弄了|不做了|不想继续|别问了|终止|中止|从头开始|重新开始|重来", Options)]
    private static partial Regex CancelCue();

    [GeneratedRegex($"{W}(ready|readiness|prepared|prepare|assess\\w*|evaluat\\w*|roadmap|capable|qualif\\w*|go (global|international|abroad)|sell (abroad|overseas|internationally)|get started|where (do|to|should) (we|i) (start|begin))(?![a-z])|准备|评估|测评|诊断|出海|适合做|能不能做|能做跨境|够不够|条件|路线图|入门|第一步|转型|成熟度|打分", Options)]
    private static partial Regex ReadinessCue();

    [GeneratedRegex($"{W}(platforms?|platfrom|marketplaces?|market place|sites?|websites?|stores?|shops?|storefront|list(ing)? (my|our)|amazon|ebay|etsy|shopify|walmart|temu|aliexpress|alibaba|tiktok|shopee|lazada|mercado ?libre|noon|wish|ozon|rakuten|allegro|jumia)(?![a-z])|平台|店铺|开店|网店|独立站|入驻|上架|亚马逊|速卖通|阿里|虾皮|美客多|沃尔玛|国际站|商城", Options)]
    private static partial Regex PlatformCue();

    [GeneratedRegex($"{W}(ship\\w*|deliver\\w*|courier|carriers?|freight\\w*|logistic\\w*|post|postal|express|parcels?|packages?|send\\w*|warehous\\w*|fba|dhl|fedex|ups|ems|epacket|dedicated line|sea|air|rail|transit|tracking|forwarder)(?![a-z])|物流|快递|发货|发到|发往|寄|运费|运输|海运|空运|铁路|专线|小包|包裹|邮政|海外仓|直邮|直发|货代|头程|渠道|时效", Options)]
    private static partial Regex LogisticsCue();

    [GeneratedRegex($"{W}(problems?|issues?|trouble|wrong|complain\\w*|appeal|dispute|fix|stuck|rejected|removed|blocked|warning|what (do|should|can) (i|we) do|how (to|do i|do we) (handle|deal|solve|resolve))(?![a-z])|问题|怎么办|投诉|申诉|处理|解决|被|出事|麻烦|卡住|下架", Options)]
    private static partial Regex IssueCue();

    [GeneratedRegex($"{W}((what|wat|wut) is|(what|wat|wut) are|whats|wats|(what|wat|wut) does|explain|define|definition|meaning|mean|difference|how does|how do .* work|tell me about|rules?|regulations?|requirements?|required|requires?|documents?|duty|duties|tariffs?|threshold|de minimis|polic(y|ies)|laws?|challenges)(?![a-z])|什么是|是什么|什么意思|区别|不同|解释|介绍|规定|要求|政策|关税|需要哪些|怎么算|流程|模式|挑战|难点|困难|意思", Options)]
    private static partial Regex KnowledgeCue();

    [GeneratedRegex("[?？]|吗|呢|么|哪|怎", Options)]
    private static partial Regex QuestionCue();
}
