using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using CrossBorderBot.Dialogs;
using CrossBorderBot.Dialogs.Guides;
using CrossBorderBot.Dialogs.Slots;
using CrossBorderBot.Knowledge.Advisors;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Tests.Guides;

/// <summary>
/// Urgency and goods became typed in the logistics answers; conversations stored before keep working: the stored
/// words ("economy", "both") read as the typed values and are written back as the same text, through the dialog values
/// (System.Text.Json), plain System.Text.Json, and Json.NET (the fallback for types without generated code).
/// </summary>
public sealed class LogisticsAnswersStoredFormTests
{
    // Answers as the guide stored them while urgency and goods were strings (see StoredAsStrings below).
    private const string Stored =
        """{"WeightKg":2.0,"Size":{"LengthCm":30.0,"WidthCm":20.0,"HeightCm":15.0,"Skipped":false,"Urgency":"fast","NeedsTracking":true,"Goods":"both"},"ValueAmount":60.0,"ValueCurrency":"USD","Destination":"de","Category":"shoes","Urgency":"economy","NeedsTracking":true,"NeedsReturns":false,"Goods":"batteries"}""";

    private static readonly JsonSerializerOptions SystemTextJson = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    [Fact]
    public void The_sample_is_what_the_string_answers_were_stored_as()
    {
        var before = new StoredAsStrings
        {
            WeightKg = 2.0m,
            Size = new StoredSizeAsStrings { LengthCm = 30.0m, WidthCm = 20.0m, HeightCm = 15.0m, Urgency = "fast", NeedsTracking = true, Goods = "both" },
            ValueAmount = 60.0m,
            ValueCurrency = "USD",
            Destination = "de",
            Category = "shoes",
            Urgency = "economy",
            NeedsTracking = true,
            NeedsReturns = false,
            Goods = "batteries",
        };

        Assert.Equal(Stored, JToken.FromObject(before, DialogJson.Serializer).ToString(Formatting.None));
    }

    [Fact]
    public void Json_net_reads_the_stored_words_as_typed_values_and_writes_the_same_text()
    {
        var answers = JToken.Parse(Stored).ToObject<LogisticsAnswers>(DialogJson.Serializer)!;

        AssertTyped(answers);
        Assert.Equal(Stored, JToken.FromObject(answers, DialogJson.Serializer).ToString(Formatting.None));
    }

    [Fact]
    public void Dialog_values_read_the_stored_words_as_typed_values_and_write_the_same_text()
    {
        var stored = $$"""{"{{GuideAnswers<LogisticsAnswers>.Key}}":{{Stored}}}""";
        var values = DialogValueJson.ReadMap(Encoding.UTF8.GetBytes(stored));
        var answers = GuideAnswers<LogisticsAnswers>.Plain(() => new LogisticsAnswers()).Of(new DialogValues(values));

        AssertTyped(answers);
        values.Set(GuideAnswers<LogisticsAnswers>.Key, answers);
        Assert.Equal(stored, DialogValueJson.ToJsonString(values));
    }

    [Fact]
    public void System_text_json_reads_the_stored_words_as_typed_values_and_writes_the_same_text()
    {
        var answers = System.Text.Json.JsonSerializer.Deserialize<LogisticsAnswers>(Stored, SystemTextJson)!;

        AssertTyped(answers);
        Assert.Equal(Stored, System.Text.Json.JsonSerializer.Serialize(answers, SystemTextJson));
    }

    [Theory]
    [InlineData(ShippingUrgency.Economy, "economy")]
    [InlineData(ShippingUrgency.Standard, "standard")]
    [InlineData(ShippingUrgency.Fast, "fast")]
    public void An_urgency_is_offered_read_and_stored_under_one_word(ShippingUrgency urgency, string word)
    {
        Assert.Equal(word, EnumWords.Word(urgency));
        Assert.Equal(urgency, EnumWords.Read<ShippingUrgency>(word));
        Assert.Equal($"\"{word}\"", JToken.FromObject(new LogisticsAnswers { Urgency = urgency }, DialogJson.Serializer)["Urgency"]!.ToString(Formatting.None));
    }

    [Theory]
    [InlineData(ParcelGoods.None, "none")]
    [InlineData(ParcelGoods.Batteries, "batteries")]
    [InlineData(ParcelGoods.Liquids, "liquids")]
    [InlineData(ParcelGoods.Both, "both")]
    public void Goods_are_offered_read_and_stored_under_one_word(ParcelGoods goods, string word)
    {
        Assert.Equal(word, EnumWords.Word(goods));
        Assert.Equal(goods, EnumWords.Read<ParcelGoods>(word));
        Assert.Equal($"\"{word}\"", System.Text.Json.JsonSerializer.SerializeToNode(new LogisticsAnswers { Goods = goods }, SystemTextJson)!["Goods"]!.ToJsonString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("1")]
    [InlineData("express")]
    public void A_word_naming_no_value_reads_as_unanswered(string? word) => Assert.Null(EnumWords.Read<ShippingUrgency>(word));

    [Fact]
    public void The_slot_vocabulary_s_defaults_are_typed_values() =>
        Assert.Equal(
            (ShippingUrgency.Standard, ParcelGoods.None),
            (EnumWords.Read<ShippingUrgency>(SlotVocabulary.Default.DefaultOf("urgency")), EnumWords.Read<ParcelGoods>(SlotVocabulary.Default.DefaultOf("goods"))));

    private static void AssertTyped(LogisticsAnswers answers)
    {
        Assert.Equal(ShippingUrgency.Economy, answers.Urgency);
        Assert.Equal(ParcelGoods.Batteries, answers.Goods);
        Assert.Equal(ShippingUrgency.Fast, answers.Size!.Urgency);
        Assert.Equal(ParcelGoods.Both, answers.Size.Goods);
        Assert.Equal(2.0m, answers.WeightKg);
    }

    /// <summary>The shape of <see cref="LogisticsAnswers"/> while urgency and goods were strings.</summary>
    private sealed class StoredAsStrings
    {
        public decimal? WeightKg { get; init; }

        public StoredSizeAsStrings? Size { get; init; }

        public decimal? ValueAmount { get; init; }

        public string? ValueCurrency { get; init; }

        public string? Destination { get; init; }

        public List<string>? OtherDestinations { get; init; }

        public string? Category { get; init; }

        public List<LogisticsProduct>? OtherProducts { get; init; }

        public string? Urgency { get; init; }

        public bool? NeedsTracking { get; init; }

        public bool? NeedsReturns { get; init; }

        public string? Goods { get; init; }
    }

    /// <summary>The shape of <see cref="ParcelSizeAnswer"/> while urgency and goods were strings.</summary>
    private sealed class StoredSizeAsStrings
    {
        public decimal LengthCm { get; init; }

        public decimal WidthCm { get; init; }

        public decimal HeightCm { get; init; }

        public bool Skipped { get; init; }

        public string? Urgency { get; init; }

        public bool? NeedsTracking { get; init; }

        public bool? NeedsReturns { get; init; }

        public string? Goods { get; init; }
    }
}
