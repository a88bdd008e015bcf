using CrossBorderBot.Dialogs.Guides;
using CrossBorderBot.Dialogs.Slots;
using CrossBorderBot.Knowledge.Model;
using CrossBorderBot.Tests.TestUtilities;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Tests.Guides;

/// <summary>
/// One place reader for the logistics and platform guides: groups of countries named in words the knowledge base has
/// no market for ("the gulf", "北欧") are their countries in both, and a place name with one slip in it — a two-word
/// name ("nwe zealand") or a Chinese name ("沙特阿拉拍", "奥大利亚") — is mended and said back.
/// </summary>
public sealed class GuidePlaceReadingTests
{
    private static readonly Lazy<KnowledgeBase> Kb = RealGuideParts.Knowledge;
    private static readonly Lazy<CrossBorderRecognizer> Recognizer = RealGuideParts.Recognizer;

    private static GuideLocationResolver Locations => new(Kb.Value, Recognizer.Value);

    [Theory]
    [InlineData("the gulf", "ae", "the gulf")]
    [InlineData("we want to sell in the nordics", "se", "the nordics")]
    [InlineData("北欧", "se", "北欧")]
    [InlineData("女装b2c，想做海湾国家", "ae", "海湾国家")]
    public void The_platform_guide_reads_a_group_of_countries_as_its_countries(string text, string first, string words)
    {
        var reader = new PlatformSlotReader(Kb.Value, Locations, SlotVocabulary.Default);
        var (read, _) = reader.Read(text, Understand(text).Entities, PlatformSlotReader.Markets);

        Assert.NotNull(read.Markets);
        Assert.Equal(first, read.Markets[0]);
        Assert.True(read.Markets.Count >= 2, string.Join(", ", read.Markets));
        Assert.DoesNotContain(read.Markets, id => Kb.Value.FindRegion(id) is not null);
        Assert.Equal(words, read.MarketWords, ignoreCase: true);
    }

    [Theory]
    [InlineData("nwe zealand", "nz")]
    [InlineData("south afirca", "za")]
    [InlineData("untied kingdom", "gb")]
    [InlineData("沙特阿拉拍", "sa")]
    [InlineData("澳大利呀", "au")]
    [InlineData("新西南", "nz")]
    public void A_whole_reply_with_one_slip_in_a_place_name_is_that_place(string typed, string expected) =>
        Assert.Equal(expected, Locations.OneSlipFrom(typed), ignoreCase: true);

    [Theory]
    [InlineData("new")]
    [InlineData("hello there")]
    [InlineData("质量很好")]
    [InlineData("不知道")]
    public void A_reply_that_is_no_place_name_with_a_slip_is_not_bent_into_one(string typed) =>
        Assert.Null(Locations.OneSlipFrom(typed));

    [Theory]
    [InlineData("ship 3 kg of shoes to nwe zealand", "nz")]
    [InlineData("想把厨房小工具卖到奥大利亚，用那个平太好", "au")]
    [InlineData("寄两公斤茶叶去沙特阿拉拍", "sa")]
    public void A_slip_in_a_place_name_in_a_sentence_is_mended_for_both_guides(string text, string expected)
    {
        var entities = Understand(text).Entities;
        var logistics = new LogisticsSlotReader(Kb.Value, Locations, SlotVocabulary.Default).Read(text, entities, waitingSlot: null).Read;
        var platform = new PlatformSlotReader(Kb.Value, Locations, SlotVocabulary.Default).Read(text, entities, waitingSlot: null).Read;

        Assert.Equal(expected, logistics.Destination, ignoreCase: true);
        Assert.Equal(expected, platform.Markets?.FirstOrDefault(), ignoreCase: true);
    }

    [Theory]
    [InlineData("ship 0.5 kg phone case to the us, value 15 usd", "us")]
    [InlineData("we sell in the us and canada", "us")]
    public void The_us_after_a_word_of_place_is_the_united_states(string text, string expected)
    {
        var read = new LogisticsSlotReader(Kb.Value, Locations, SlotVocabulary.Default).Read(text, Understand(text).Entities, waitingSlot: null).Read;
        Assert.Equal(expected, read.Destination, ignoreCase: true);
    }

    [Theory]
    [InlineData("can you help us ship 2 kg of tea")]
    [InlineData("send us the cheapest option")]
    public void Us_as_the_pronoun_is_no_place(string text) =>
        Assert.Null(new LogisticsSlotReader(Kb.Value, Locations, SlotVocabulary.Default).Read(text, Understand(text).Entities, waitingSlot: null).Read.Destination);

    [Theory]
    [InlineData("我们的产品质量很好，客户满意")]
    [InlineData("we sell kitchen tools and small lamps")]
    public void A_sentence_without_a_place_gives_none(string text)
    {
        var read = new LogisticsSlotReader(Kb.Value, Locations, SlotVocabulary.Default).Read(text, Understand(text).Entities, waitingSlot: null).Read;
        Assert.Null(read.Destination);
    }

    [Theory]
    [InlineData("en-US", "the gulf", "(?i)United Arab Emirates")]
    [InlineData("zh-CN", "北欧", "瑞典")]
    public async Task At_the_platform_markets_question_a_group_is_taken_and_said_with_its_countries(string locale, string reply, string shown)
    {
        using var user = new GuideSession(locale);
        await user.SayAsync(locale == "zh-CN" ? "帮我选个平台" : "which platform should i use");
        await user.SayAsync("b2c");

        var turn = await user.SayAsync(reply);

        Assert.Matches(shown, turn.Text);
        Assert.Matches("What do you sell|您卖什么产品", turn.Question);
    }

    [Theory]
    [InlineData("en-US", "ship 1 kg of candles, 30 usd", "nwe zealand", "I'll assume New Zealand")]
    [InlineData("zh-CN", "寄2公斤茶叶，货值50美元", "沙特阿拉拍", "我先按“沙特阿拉伯”来算")]
    public async Task A_destination_with_a_slip_is_taken_and_said_back(string locale, string opening, string reply, string said)
    {
        using var user = new GuideSession(locale);
        await user.SayAsync(opening);
        await user.SayAsync(locale == "zh-CN" ? "跳过" : "skip");

        var turn = await user.SayAsync(reply);

        Assert.Contains(said, turn.Text);
        Assert.Matches("How fast must it arrive|对时效有什么要求", turn.Question);
    }

    [Theory]
    [InlineData("zh-CN", "客户说收到的货坏了", "澳大利呀", "我先按“澳大利亚”来算")]
    [InlineData("en-US", "a buyer says his parcel never arrived", "south afirca", "I'll assume South Africa")]
    public async Task A_problem_market_with_a_slip_is_taken_and_said_back(string locale, string opening, string reply, string said)
    {
        using var user = new GuideSession(locale);
        await user.SayAsync(opening);

        var turn = await user.SayAsync(reply);

        Assert.Contains(said, turn.Text);
        Assert.Matches("Best match|最匹配", turn.Text);
    }

    // Twenty-ninth pass: at the experience question the place said with the experience is where the seller sold (or never
    // sold), no market wanted; at the brand question goods said to be generic are the brand's answer, no goods or category.
    [Theory]
    [InlineData("no experience selling outside china")]
    [InlineData("没有跨境经验，只在中国做过")]
    public void A_place_said_with_the_experience_is_no_market(string text)
    {
        var (read, _) = new PlatformSlotReader(Kb.Value, Locations, SlotVocabulary.Default).Read(text, Understand(text).Entities, PlatformSlotReader.Experience);
        Assert.Null(read.Markets);
        Assert.NotNull(read.Experience);
    }

    [Theory]
    [InlineData("no trademark, we sell generic stuff")]
    [InlineData("没有品牌，卖的都是杂牌")]
    public void Generic_goods_at_the_brand_question_are_no_brand_and_no_category(string text)
    {
        var (read, _) = new PlatformSlotReader(Kb.Value, Locations, SlotVocabulary.Default).Read(text, Understand(text).Entities, PlatformSlotReader.Brand);
        Assert.False(read.OwnBrand);
        Assert.Null(read.ProductWords);
        Assert.Null(read.Category);
    }

    private static RecognizedMessage Understand(string text) =>
        Recognizer.Value.Understand(text, CrossBorderBot.Language.LanguageDetector.ContainsCjk(text) ? "zh-CN" : "en-US");
}
