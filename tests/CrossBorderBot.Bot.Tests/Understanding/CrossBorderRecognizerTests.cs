using CrossBorderBot.Understanding;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Tests.Understanding;

[Collection(RecognizerCollection.Name)]
public sealed class CrossBorderRecognizerTests(RecognizerFixture fixture)
{
    private CrossBorderRecognizer Recognizer => fixture.Recognizer;

    [Theory]
    [InlineData("hey, good morning", "greeting")]
    [InlineData("您好，请问有人在吗", "greeting")]
    [InlineData("what sort of things can you help with?", "help")]
    [InlineData("帮助", "help")]
    [InlineData("nevermind, stop", "cancel")]
    [InlineData("算了，不做了", "cancel")]
    [InlineData("are we ready to start selling overseas?", "start_readiness")]
    [InlineData("我们公司有没有条件做跨境电商", "start_readiness")]
    [InlineData("should we sell on etsy or amazon?", "choose_platform")]
    [InlineData("卖灯具去澳洲，入驻哪个平台好", "choose_platform")]
    [InlineData("whats the cheapest courier for 1kg to Poland", "choose_logistics")]
    [InlineData("寄3公斤衣服到日本用哪家快递", "choose_logistics")]
    [InlineData("our parcel has been seized by customs in Spain", "fix_issue")]
    [InlineData("店铺被封了，资金也冻结了", "fix_issue")]
    [InlineData("what does IOSS stand for", "ask_knowledge")]
    [InlineData("什么是EPR", "ask_knowledge")]
    public void Top_intent_matches_what_the_user_wants(string text, string intent)
    {
        var result = Recognizer.Recognize(text, locale: null);

        Assert.Equal(intent, result.GetTopScoringIntent().intent);
    }

    [Theory]
    [InlineData("qwfpgj zxcv")]
    [InlineData("!!!")]
    [InlineData("")]
    public void Unrelated_or_empty_text_is_None(string text)
    {
        var result = Recognizer.Recognize(text, locale: null);

        Assert.Equal(IntentNames.None, result.GetTopScoringIntent().intent);
    }

    [Theory]
    [InlineData("which platform for shoes in Germany?")]
    [InlineData("random words about nothing at all")]
    [InlineData("发货到美国")]
    public void Every_intent_has_a_score_between_zero_and_one(string text)
    {
        var result = Recognizer.Recognize(text, locale: "en-US");

        Assert.Equal(IntentNames.All.Order(), result.Intents.Keys.Order());
        Assert.All(result.Intents.Values, s => Assert.InRange(s.Score ?? -1, 0, 1));
    }

    [Fact]
    public void A_clear_request_scores_higher_than_a_vague_one()
    {
        var clear = Recognizer.Recognize("which marketplace should I sell my shoes on in the US?", null).GetTopScoringIntent();
        var vague = Recognizer.Recognize("hmm maybe something else", null).GetTopScoringIntent();

        Assert.Equal(IntentNames.ChoosePlatform, clear.intent);
        Assert.True(clear.score > 0.6, $"clear score {clear.score}");
        Assert.True(vague.intent == IntentNames.None || vague.score < clear.score);
    }

    [Fact]
    public void Entities_use_the_documented_json_shape()
    {
        var entities = Recognizer.Recognize("ship 2.5kg of sneakers to Germany for $30, stuck at customs last time", null).Entities;

        Assert.Equal("de", entities["country"]![0]!["code"]!.Value<string>());
        Assert.Equal("Germany", entities["country"]![0]!["text"]!.Value<string>());
        Assert.Equal(2.5m, entities["weight"]![0]!["kilograms"]!.Value<decimal>());
        Assert.Equal("2.5kg", entities["weight"]![0]!["text"]!.Value<string>());
        Assert.Equal(30m, entities["money"]![0]!["amount"]!.Value<decimal>());
        Assert.Equal("USD", entities["money"]![0]!["currency"]!.Value<string>());
        Assert.Equal("$30", entities["money"]![0]!["text"]!.Value<string>());
        Assert.Equal("shoes", entities["category"]![0]!["id"]!.Value<string>());
        Assert.Equal("sneakers", entities["category"]![0]!["text"]!.Value<string>());
        Assert.Equal("customs_hold", entities["issueType"]![0]!["id"]!.Value<string>());
        Assert.Null(entities["region"]);
    }

    [Theory]
    [InlineData("selling to the USA", "us")]
    [InlineData("we ship to the States", "us")]
    [InlineData("发货到美国", "us")]
    [InlineData("UK buyers", "gb")]
    [InlineData("卖到英国", "gb")]
    [InlineData("德国市场", "de")]
    [InlineData("ship it to DE next week", "de")]
    [InlineData("发DHL到US", "us")]
    [InlineData("ship to South Africa", "za")]
    [InlineData("卖到印度尼西亚", "id")]
    public void Countries_are_found_by_name_alias_or_upper_case_code(string text, string code)
    {
        var countries = Values(Recognizer.Recognize(text, null).Entities, "country", "code");

        Assert.Equal([code], countries);
    }

    [Theory]
    [InlineData("can you help us choose")]
    [InlineData("tell us more")]
    [InlineData("IT IS URGENT, HELP US")]
    [InlineData("our IT team is in Shenzhen")]
    public void Everyday_words_are_not_mistaken_for_countries(string text)
    {
        Assert.Null(Recognizer.Recognize(text, null).Entities["country"]);
    }

    [Theory]
    [InlineData("selling in the EU", "eu")]
    [InlineData("卖到欧盟", "eu")]
    [InlineData("Middle East buyers", "middle-east")]
    [InlineData("东南亚市场", "southeast-asia")]
    [InlineData("North America first", "north-america")]
    public void Regions_are_found_in_both_languages(string text, string id)
    {
        Assert.Equal([id], Values(Recognizer.Recognize(text, null).Entities, "region", "id"));
    }

    [Theory]
    [InlineData("we sell phone cases", "phone-accessories")]
    [InlineData("a sneaker brand", "shoes")]
    [InlineData("我们卖运动鞋", "shoes")]
    [InlineData("lithium batteries", "batteries-power")]
    [InlineData("充电宝", "batteries-power")]
    [InlineData("LED lamps for the garden", "lighting")]
    public void Categories_are_found_from_product_words(string text, string id)
    {
        Assert.Contains(id, Values(Recognizer.Recognize(text, null).Entities, "category", "id"));
    }

    [Fact]
    public void The_word_led_in_lower_case_is_not_lighting()
    {
        Assert.Null(Recognizer.Recognize("this led to a delay", null).Entities["category"]);
    }

    [Theory]
    [InlineData("held at customs for a week", "customs_hold")]
    [InlineData("货被扣关了", "customs_hold")]
    [InlineData("no CE certification", "certification")]
    [InlineData("我们要交增值税吗", "vat_tax")]
    [InlineData("got a trademark complaint", "ip_complaint")]
    [InlineData("差评说质量差", "quality_complaint")]
    [InlineData("too many returns", "returns")]
    [InlineData("the package never arrived", "lost_parcel")]
    [InlineData("账号被封了", "account_suspension")]
    [InlineData("flagged for misleading claims", "false_advertising")]
    [InlineData("同行打价格战", "price_war")]
    public void Issue_types_are_recognised(string text, string id)
    {
        Assert.Equal([id], Values(Recognizer.Recognize(text, null).Entities, "issueType", "id"));
    }

    [Theory]
    [InlineData("the buyer says the water bottle leaks", "quality_complaint")]
    [InlineData("客户说保温杯漏水", "quality_complaint")]
    [InlineData("she claims the jacket is not as described", "quality_complaint")]
    [InlineData("an order that isnt as pictured, the buyer is upset", "quality_complaint")]
    [InlineData("买家说收到的货与描述不符", "quality_complaint")]
    [InlineData("we received the lamp shades crushed", "quality_complaint")]
    [InlineData("he wants us to pay for the return", "returns")]
    public void Problems_told_in_other_words_have_their_issue_type(string text, string id)
    {
        Assert.Equal([id], Values(Recognizer.Recognize(text, null).Entities, "issueType", "id"));
    }

    [Theory]
    [InlineData("my tax return is due")]
    [InlineData("leak-proof caps on every bottle")]
    public void Policies_tax_returns_and_leak_proof_goods_are_no_trouble(string text)
    {
        Assert.Empty(Values(Recognizer.Recognize(text, null).Entities, "issueType", "id"));
    }

    [Fact]
    public void A_message_without_entities_has_an_empty_entities_object()
    {
        Assert.Empty(Recognizer.Recognize("hello", null).Entities);
    }

    [Fact]
    public async Task Works_as_a_bot_framework_recognizer_inside_a_turn()
    {
        var adapter = new TestAdapter();
        var activity = MessageFactory.Text("发2公斤的货到德国走什么物流");
        activity.Locale = "zh-CN";
        using var turn = new TurnContext(adapter, activity);

        IRecognizer recognizer = Recognizer;
        var result = await recognizer.RecognizeAsync(turn, CancellationToken.None);

        Assert.Equal(IntentNames.ChooseLogistics, result.GetTopScoringIntent().intent);
        Assert.Equal("发2公斤的货到德国走什么物流", result.Text);
        Assert.Equal(2m, result.Entities["weight"]![0]!["kilograms"]!.Value<decimal>());
    }

    private static string[] Values(JObject entities, string kind, string field) =>
        entities[kind] is JArray items ? items.Select(i => i[field]!.Value<string>()!).ToArray() : [];
}
