using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using CrossBorderBot.Answers;
using CrossBorderBot.Conversation;
using CrossBorderBot.Dialogs;
using CrossBorderBot.Storage;
using CrossBorderBot.Tests.Dialogs;
using CrossBorderBot.Tests.Storage.GeneratedReference;

namespace CrossBorderBot.Tests.Storage;

/// <summary>
/// <see cref="PlainJson"/> replaced System.Text.Json's source-generated code for the typed dialog values and the small
/// state values: for every such type it must write the bytes the generated code wrote and read the values it read,
/// from JSON as stored and from JSON in the other forms the generated reader took (names in another case, unknown or
/// missing members, numbers without a decimal point or in a string, enum numbers where allowed).
/// </summary>
public sealed class PlainJsonMatchesGeneratedTests
{
    private static readonly JsonSerializerOptions DialogOptions = CreateDialogOptions();
    private static readonly JsonSerializerOptions StateOptions = new() { Encoder = StateValueCodecs.Encoder, TypeInfoResolver = StateJsonContext.Default };

    public static TheoryData<string, object> DialogValues()
    {
        var values = new TheoryData<string, object>();
        foreach (var row in DialogValueJsonTests.TypedValues())
        {
            values.Add((string)row[0], row[1]);
        }

        values.Add("a list of strings", new List<string> { "de", "gb", "\"quoted\" 中文" });
        values.Add("a choice with nulls", new CrossBorderBot.Dialogs.Prompts.Choice { Title = null, Synonyms = null! });
        values.Add("logistics answers, every enum", new CrossBorderBot.Dialogs.Guides.LogisticsAnswers { Urgency = CrossBorderBot.Knowledge.Advisors.ShippingUrgency.Economy, Goods = CrossBorderBot.Dialogs.Guides.ParcelGoods.Both, WeightKg = 0.0001m, ValueAmount = 1e20m });
        values.Add("platform answers, both models", new CrossBorderBot.Dialogs.Guides.PlatformAnswers { Model = CrossBorderBot.Knowledge.Model.BusinessModel.B2B, OtherModel = CrossBorderBot.Knowledge.Model.BusinessModel.O2O, Experience = CrossBorderBot.Knowledge.Advisors.SellerExperience.Experienced, BudgetAmount = -3.50m });
        return values;
    }

    public static TheoryData<string, object> StateValues() => new()
    {
        { "new profile", new ConversationProfile() },
        { "welcomed profile", new ConversationProfile { Welcomed = true, Language = "zh-CN" } },
        { "profile remembering a destination and a product", new ConversationProfile { Welcomed = true, PlaceMessage = "we sell to germany", ProductMessage = "ceramic mugs" } },
        { "profile remembering a destination only", new ConversationProfile { Language = "en", PlaceMessage = "发到日本" } },
        { "last question", new LastAnsweredQuestion { Question = "美国800美元免税 \"de minimis\" <b>?</b>", Language = "zh-CN" } },
    };

    [Fact]
    public void Every_dialog_value_type_is_one_the_generated_context_had_and_has_a_sample()
    {
        var sampled = DialogValues().Select(row => row[1].GetType()).ToHashSet();
        foreach (var type in DialogValueTypes.All)
        {
            Assert.True(DialogValuesJsonContext.Default.GetTypeInfo(type) is not null, $"{type.Name} is not in the reference context");
            Assert.True(sampled.Contains(type) || IsOnlyNested(type), $"{type.Name} has no sample");
        }
    }

    [Theory]
    [MemberData(nameof(DialogValues))]
    public void A_dialog_value_is_written_with_the_generated_bytes_and_read_back_to_the_same_value(string name, object value)
    {
        var generated = GeneratedDialogBytes(value, value.GetType());

        Assert.True(generated == PlainDialogBytes(value), name);
        var utf8 = Encoding.UTF8.GetBytes(generated);
        var read = PlainJson.Read(utf8, value.GetType(), PlainJsonSettings.Dialog)!;
        Assert.Equal(value.GetType(), read.GetType());
        var generatedRead = JsonSerializer.Deserialize(utf8, DialogOptions.GetTypeInfo(value.GetType()))!;
        Assert.Equal(GeneratedDialogBytes(generatedRead, value.GetType()), GeneratedDialogBytes(read, value.GetType()));
    }

    [Theory]
    [InlineData("LogisticsAnswers", """{"weightkg":2,"SIZE":{"lengthCm":"30.5","WidthCm":20,"heightcm":1e1,"skipped":true,"Urgency":"FAST"},"unknown":{"a":[1,2]},"Urgency":"economy","Goods":"none","NeedsTracking":null,"OtherDestinations":null}""")]
    [InlineData("LogisticsAnswers", """{"WeightKg":2.0,"WeightKg":3.25,"Destination":"de"}""")]
    [InlineData("PlatformAnswers", """{"Model":1,"OtherModel":"b2c","Markets":[],"OwnBrand":true,"Experience":"some"}""")]
    [InlineData("PromptOptions", """{"Prompt":{"type":"message","text":"Pick one"},"Choices":[{"value":"a","synonyms":["x"]}],"maxattempts":5}""")]
    [InlineData("PromptOptions", """{"Prompt":null,"Choices":null}""")]
    [InlineData("FoundChoice", """{"Index":2}""")]
    [InlineData("GuideStartOptions", """{"Text":"寄到德国","Entities":{"Countries":[{"Code":"de","Text":"德国"}],"Regions":[],"Weights":[],"Money":[],"Categories":[],"IssueTypes":[],"Platforms":[],"IsEmpty":true,"Locations":["x"],"FirstLocation":"y"},"Stacked":true}""")]
    [InlineData("PlaybookWalkResult", """{"playbookId":"p","completed":true,"tried":null}""")]
    public void Json_in_other_forms_reads_to_the_value_the_generated_reader_gave(string typeName, string json)
    {
        var type = DialogValueTypes.All.Single(t => t.Name == typeName);
        var utf8 = Encoding.UTF8.GetBytes(json);

        var generated = JsonSerializer.Deserialize(utf8, DialogOptions.GetTypeInfo(type))!;
        var plain = PlainJson.Read(utf8, type, PlainJsonSettings.Dialog)!;

        Assert.Equal(GeneratedDialogBytes(generated, type), GeneratedDialogBytes(plain, type));
    }

    [Fact]
    public void A_missing_init_only_list_keeps_its_initial_empty_list_as_jsonnet_read_it()
    {
        // The one known difference, on JSON the bot never writes (it writes every list): the generated reader set an
        // init-only member missing from the JSON to null, past its initializer; Json.NET, which read these values
        // before either, and this codec keep the initializer's empty list.
        var utf8 = Encoding.UTF8.GetBytes("""{"Countries":[{"Code":"de","Text":"Germany"}]}""");

        var plain = (CrossBorderBot.Understanding.MessageEntities)PlainJson.Read(utf8, typeof(CrossBorderBot.Understanding.MessageEntities), PlainJsonSettings.Dialog)!;
        var generated = JsonSerializer.Deserialize(utf8, DialogOptions.GetTypeInfo(typeof(CrossBorderBot.Understanding.MessageEntities)))!;
        var jsonNet = DialogJson.FromToken<CrossBorderBot.Understanding.MessageEntities>(Newtonsoft.Json.Linq.JToken.Parse(Encoding.UTF8.GetString(utf8)))!;

        Assert.Empty(plain.Regions);
        Assert.Null(((CrossBorderBot.Understanding.MessageEntities)generated).Regions);
        Assert.Empty(jsonNet.Regions);
        Assert.Equal("de", Assert.Single(plain.Countries).Code);
    }

    [Theory]
    [InlineData("LogisticsAnswers", """{"Urgency":"slow"}""")]
    [InlineData("LogisticsAnswers", """{"Urgency":1}""")]
    [InlineData("LogisticsAnswers", """{"WeightKg":true}""")]
    [InlineData("FoundChoice", """{"Index":null}""")]
    [InlineData("FoundChoice", """{"Index":"2"}""")]
    [InlineData("LogisticsAnswers", """[1]""")]
    public void Json_the_generated_reader_refused_is_refused(string typeName, string json)
    {
        var type = DialogValueTypes.All.Single(t => t.Name == typeName);
        var utf8 = Encoding.UTF8.GetBytes(json);

        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize(utf8, DialogOptions.GetTypeInfo(type)));
        Assert.ThrowsAny<JsonException>(() => PlainJson.Read(utf8, type, PlainJsonSettings.Dialog));
    }

    [Theory]
    [MemberData(nameof(StateValues))]
    public void A_state_value_is_stored_with_the_generated_bytes_and_read_back_to_the_same_value(string name, object value)
    {
        var generated = GeneratedStateBytes(value);

        var written = StateValueBytes(value);
        Assert.True(generated == written, $"{name}: generated {generated}, now {written}");
        var read = StateValueCodecs.Read(Encoding.UTF8.GetBytes(generated));
        Assert.Equal(value.GetType(), read!.GetType());
        Assert.Equal(generated, GeneratedStateBytes(read));
    }

    [Theory]
    [InlineData("""{"$type":"CrossBorderBot.Conversation.ConversationProfile, CrossBorderBot","welcomed":true,"Language":"en-US","Extra":1}""")]
    [InlineData("""{"$type":"CrossBorderBot.Conversation.ConversationProfile, CrossBorderBot","Language":null}""")]
    public void A_stored_profile_in_another_form_reads_as_the_generated_reader_read_it(string json)
    {
        json = json.Replace("CrossBorderBot\"", StateValueCodecs.TypeNameOf(typeof(ConversationProfile)).Split(", ")[1] + "\"", StringComparison.Ordinal);
        var utf8 = Encoding.UTF8.GetBytes(json);

        var generated = JsonSerializer.Deserialize(utf8, StateOptions.GetTypeInfo(typeof(ConversationProfile)))!;
        var plain = StateValueCodecs.Read(utf8)!;

        Assert.Equal(GeneratedStateBytes(generated), GeneratedStateBytes(plain));
    }

    // Choice is kept inside PromptOptions only.
    private static bool IsOnlyNested(Type type) => type == typeof(CrossBorderBot.Dialogs.Prompts.Choice);

    private static string GeneratedDialogBytes(object value, Type type) => Write(writer => JsonSerializer.Serialize(writer, value, DialogOptions.GetTypeInfo(type)));

    private static string PlainDialogBytes(object value) => Write(writer => DialogValueJson.WriteValue(writer, value));

    // As the state codec did: the generated body behind a leading "$type".
    private static string GeneratedStateBytes(object value)
    {
        var body = JsonSerializer.Serialize(value, StateOptions.GetTypeInfo(value.GetType()));
        var prefix = "{\"$type\":" + JsonSerializer.Serialize(StateValueCodecs.TypeNameOf(value.GetType()));
        return body.Length > 2 ? prefix + "," + body[1..] : prefix + "}";
    }

    private static string StateValueBytes(object value) => Write(writer => StateValueCodecs.Write(writer, value));

    private static string Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = StateValueCodecs.Encoder }))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static JsonSerializerOptions CreateDialogOptions()
    {
        // The settings DialogValueConverter gave the generated context.
        var options = new JsonSerializerOptions
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            PropertyNameCaseInsensitive = true,
            Encoder = StateValueCodecs.Encoder,
            TypeInfoResolver = DialogValuesJsonContext.Default,
        };
        JsonNetNumberConverters.AddTo(options);
        options.MakeReadOnly();
        return options;
    }
}
