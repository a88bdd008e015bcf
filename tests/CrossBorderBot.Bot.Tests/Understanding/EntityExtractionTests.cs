using CrossBorderBot.Understanding;
using CrossBorderBot.Understanding.Evaluation;
using Microsoft.Bot.Builder;

namespace CrossBorderBot.Tests.Understanding;

/// <summary>The entities the conversation needs, each read from ordinary seller wording in both languages.</summary>
[Collection(RecognizerCollection.Name)]
public sealed class EntityExtractionTests(RecognizerFixture fixture)
{
    [Theory]
    [InlineData("send it to Britain and New Zealand please", "country=gb", "country=nz")]
    [InlineData("发英国和澳洲", "country=gb", "country=au")]
    [InlineData("to the US, Canada and Mexico", "country=us", "country=ca", "country=mx")]
    [InlineData("法国、意大利还有西班牙", "country=fr", "country=it", "country=es")]
    public void Several_destinations_in_one_message_are_all_kept(string text, params string[] expected) =>
        AssertContainsAll(text, expected);

    [Theory]
    [InlineData("carton is 60*40*30", "dimensions=60x40x30")]
    [InlineData("box 45x35x20cm, 4kg", "dimensions=45x35x20", "weight=4")]
    [InlineData("尺寸 50 × 40 × 30 mm", "dimensions=5x4x3")]
    [InlineData("12x10x8 inches", "dimensions=30.48x25.4x20.32")]
    [InlineData("箱子长60宽40高35厘米", "dimensions=60x40x35")]
    public void Dimensions_are_read_in_centimetres(string text, params string[] expected) =>
        AssertContainsAll(text, expected);

    [Fact]
    public void Dimensions_followed_by_in_and_a_country_are_centimetres_not_inches()
    {
        var keys = Keys("30x20x10 in a box to Spain");

        Assert.Contains("dimensions=30x20x10", keys);
        Assert.Contains("country=es", keys);
    }

    [Theory]
    [InlineData("预算三万块", "money=30000CNY")]
    [InlineData("货值200块左右", "money=200CNY")]
    [InlineData("8万元的预算", "money=80000CNY")]
    [InlineData("每个月预算1.5万", "money=15000CNY")]
    [InlineData("大概一百五十块", "money=150CNY")]
    [InlineData("货值30美金", "money=30USD")]
    [InlineData("budget 1000 usd a month", "money=1000USD")]
    public void Money_in_Chinese_wording_is_read_with_its_currency(string text, string expected) =>
        AssertContainsAll(text, expected);

    [Theory]
    [InlineData("5万件库存")]
    [InlineData("3万个订单")]
    public void Counts_of_pieces_are_not_money(string text) =>
        Assert.DoesNotContain(Keys(text), k => k.StartsWith("money=", StringComparison.Ordinal));

    [Theory]
    [InlineData("about 2.5 t of goods", "weight=2500")]
    [InlineData("3 tonnes by sea", "weight=3000")]
    [InlineData("1.5吨的货", "weight=1500")]
    [InlineData("两吨", "weight=2000")]
    public void Tonnes_are_weights(string text, string expected) =>
        AssertContainsAll(text, expected);

    [Fact]
    public void A_t_shirt_is_not_a_tonne() =>
        Assert.DoesNotContain(Keys("2 t-shirts to France"), k => k.StartsWith("weight=", StringComparison.Ordinal));

    [Theory]
    [InlineData("shien or temu?", "platform=shein", "platform=temu")]
    [InlineData("amazn vs shopfy", "platform=amazon", "platform=shopify")]
    [InlineData("在虾皮和速卖通上卖", "platform=shopee", "platform=aliexpress")]
    [InlineData("做亚马逊FBA", "platform=amazon")]
    [InlineData("tiktok shop or mercadolibre", "platform=tiktok-shop", "platform=mercado-libre")]
    [InlineData("阿里巴巴国际站还是中国制造网", "platform=alibaba-com", "platform=made-in-china")]
    public void Platforms_are_found_by_name_alias_and_typo(string text, params string[] expected) =>
        AssertContainsAll(text, expected);

    [Theory]
    [InlineData("we walk along the coast")]
    [InlineData("the shine on the product")]
    public void Ordinary_words_near_a_platform_name_are_not_platforms(string text) =>
        Assert.DoesNotContain(Keys(text), k => k.StartsWith("platform=", StringComparison.Ordinal));

    [Fact]
    public void Made_in_China_platform_is_not_a_market()
    {
        var keys = Keys("listing on made-in-china.com");

        Assert.Contains("platform=made-in-china", keys);
        Assert.DoesNotContain("country=cn", keys);
    }

    [Theory]
    [InlineData("phone case with a built-in battery", "sensitiveGoods=battery")]
    [InlineData("带电池的蓝牙耳机", "sensitiveGoods=battery")]
    [InlineData("it's a liquid, 300ml bottles", "sensitiveGoods=liquid")]
    [InlineData("香水和指甲油", "sensitiveGoods=liquid")]
    [InlineData("protein powder", "sensitiveGoods=powder")]
    [InlineData("带磁的玩具", "sensitiveGoods=magnet")]
    public void Batteries_liquids_powders_and_magnets_are_flagged(string text, string expected) =>
        AssertContainsAll(text, expected);

    [Fact]
    public void Lithium_batteries_are_both_a_category_and_sensitive_goods()
    {
        var keys = Keys("lithium batteries to Germany");

        Assert.Contains("category=batteries-power", keys);
        Assert.Contains("sensitiveGoods=battery", keys);
        Assert.Contains("country=de", keys);
    }

    [Theory]
    [InlineData("yes", "yes")]
    [InlineData("ya", "yes")]
    [InlineData("yes we do", "yes")]
    [InlineData("是的", "yes")]
    [InlineData("对，发美国", "yes")]
    [InlineData("nope", "no")]
    [InlineData("no, no batteries", "no")]
    [InlineData("没有", "no")]
    [InlineData("dont know", "unknown")]
    [InlineData("not sure, whatever is cheapest", "unknown")]
    [InlineData("不清楚，随便", "unknown")]
    [InlineData("idk", "unknown")]
    public void Yes_no_and_do_not_know_are_read_at_the_start_of_a_reply(string text, string answer) =>
        AssertContainsAll(text, "answer=" + answer);

    [Theory]
    [InlineData("no tracking update for 3 weeks")]
    [InlineData("没有自己的品牌")]
    [InlineData("有电池")]
    [InlineData("yesterday the parcel left")]
    [InlineData("i said yes to the buyer")]
    public void Words_that_only_start_like_an_answer_are_not_answers(string text) =>
        Assert.DoesNotContain(Keys(text), k => k.StartsWith("answer=", StringComparison.Ordinal));

    [Theory]
    [InlineData("what tax will a German buyer pay", "country=de")]
    [InlineData("ship to Dubai", "country=ae")]
    [InlineData("迪拜的客户", "country=ae")]
    public void Demonyms_and_cities_in_the_geography_data_point_to_their_country(string text, string expected) =>
        AssertContainsAll(text, expected);

    [Fact]
    public void A_slack_mention_is_not_read_as_a_country_or_a_word()
    {
        var result = fixture.Recognizer.Recognize("<@U02DEADBEEF> which platform for toys in Japan", locale: null);

        var keys = EvaluationSet.Keys(result.Entities);
        Assert.Equal(["category=toys-games", "country=jp"], keys.Order());
        Assert.Equal(IntentNames.ChoosePlatform, result.GetTopScoringIntent().intent);
    }

    [Theory]
    [InlineData("我们有QA团队，发货前全检")]
    [InlineData("our BD team handles the PK with competitors")]
    [InlineData("HR说NG品要返工")]
    public void Business_abbreviations_that_spell_a_country_code_are_no_country(string text) =>
        Assert.DoesNotContain(Keys(text), key => key.StartsWith("country=", StringComparison.Ordinal));

    [Fact]
    public void A_country_code_beside_chinese_still_counts() =>
        Assert.Contains("country=de", Keys("发货到DE，2公斤"));

    [Fact]
    public void Two_products_of_one_category_named_in_different_words_stay_two()
    {
        var categories = fixture.Recognizer.Recognize("手机壳和数据线寄泰国", locale: null).Entities["category"]!;
        Assert.Equal(["手机壳", "数据线"], categories.Select(c => c["text"]!.ToString()));
    }

    [Theory]
    [InlineData("ship it to sotuh korea", "country=kr")]
    [InlineData("our buyers are in the united arab emirats", "country=ae")]
    [InlineData("selling to nwe zealand and japan", "country=nz")]
    [InlineData("寄马来西压", "country=my")]
    [InlineData("货发印度尼西雅", "country=id")]
    [InlineData("想卖到新稀兰", "country=nz")]
    public void Country_names_with_one_slip_are_read(string text, string expected) =>
        Assert.Contains(expected, Keys(text));

    [Theory]
    [InlineData("新加入的产品要发过去")]
    [InlineData("这是新加的功能")]
    [InlineData("the south kitchen is open")]
    [InlineData("united we stand")]
    public void Ordinary_words_one_slip_from_a_country_name_are_no_country(string text) =>
        Assert.DoesNotContain(Keys(text), key => key.StartsWith("country=", StringComparison.Ordinal));

    [Theory]
    [InlineData("a us buyer opened a dispute", true)]
    [InlineData("most of our us customers pay by card", true)]
    [InlineData("is the us market worth it", true)]
    [InlineData("can you help us buyers of spare parts", false)]
    [InlineData("they sent us samples", false)]
    [InlineData("ship 500 g of cosmetics to the us, value 25 usd", true)]
    [InlineData("we sell in the us and canada", true)]
    [InlineData("send it to the us", true)]
    [InlineData("could you send the us team a quote", false)]
    public void Us_in_lower_case_is_the_united_states_only_before_buyers_or_a_market_or_ending_a_place(string text, bool unitedStates) =>
        Assert.Equal(unitedStates, Keys(text).Contains("country=us"));

    [Fact]
    public void Country_names_typed_right_are_not_read_as_slips_of_others() =>
        Assert.Equal(["country=au", "country=in", "country=nz", "country=ru"], Keys("新西兰和澳大利亚，还有印度，货寄到俄罗斯").Where(key => key.StartsWith("country=", StringComparison.Ordinal)).Order());

    [Fact]
    public void Entity_positions_point_at_what_the_user_typed()
    {
        var result = fixture.Recognizer.Recognize("<@U1> 2kg, 35*25*25 to UK", locale: null);

        Assert.Equal("35*25*25", result.Entities["dimensions"]![0]!["text"]!.ToString());
        Assert.Equal("2kg", result.Entities["weight"]![0]!["text"]!.ToString());
        Assert.Equal("UK", result.Entities["country"]![0]!["text"]!.ToString());
    }

    private IReadOnlySet<string> Keys(string text) => EvaluationSet.Keys(fixture.Recognizer.Recognize(text, locale: null).Entities);

    private void AssertContainsAll(string text, params string[] expected)
    {
        var keys = Keys(text);
        Assert.All(expected, e => Assert.Contains(e, keys));
    }
}
