using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using CrossBorderBot.Dialogs;
using CrossBorderBot.Dialogs.Guides;
using CrossBorderBot.Dialogs.Slots;
using CrossBorderBot.Knowledge.Advisors;
using CrossBorderBot.Knowledge.Model;
using CrossBorderBot.Tests.TestUtilities;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Tests.Guides;

/// <summary>
/// The platform guide's business model and experience became typed; conversations stored before keep working: the
/// stored words ("B2B", "some") read as the typed values and are written back as the same text, through the dialog
/// values (System.Text.Json), plain System.Text.Json and Json.NET; the button values and the slot vocabulary's values
/// are the same words.
/// </summary>
public sealed class PlatformAnswersStoredFormTests
{
    // Answers as the guide stored them while the model and experience were strings (see StoredAsStrings below).
    private const string Stored =
        """{"Model":"B2B","Markets":["us","jp"],"Category":"shoes","OtherCategories":["toys"],"BudgetAmount":800.0,"BudgetCurrency":"USD","Experience":"some","OwnBrand":false}""";

    private static readonly JsonSerializerOptions SystemTextJson = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    [Fact]
    public void The_sample_is_what_the_string_answers_were_stored_as()
    {
        var before = new StoredAsStrings
        {
            Model = "B2B",
            Markets = ["us", "jp"],
            Category = "shoes",
            OtherCategories = ["toys"],
            BudgetAmount = 800.0m,
            BudgetCurrency = "USD",
            Experience = "some",
            OwnBrand = false,
        };

        Assert.Equal(Stored, JToken.FromObject(before, DialogJson.Serializer).ToString(Formatting.None));
    }

    [Fact]
    public void Json_net_reads_the_stored_words_as_typed_values_and_writes_the_same_text()
    {
        var answers = JToken.Parse(Stored).ToObject<PlatformAnswers>(DialogJson.Serializer)!;

        AssertTyped(answers);
        Assert.Equal(Stored, JToken.FromObject(answers, DialogJson.Serializer).ToString(Formatting.None));
    }

    [Fact]
    public void Dialog_values_read_the_stored_words_as_typed_values_and_write_the_same_text()
    {
        var stored = $$"""{"{{GuideAnswers<PlatformAnswers>.Key}}":{{Stored}}}""";
        var values = DialogValueJson.ReadMap(Encoding.UTF8.GetBytes(stored));
        var answers = GuideAnswers<PlatformAnswers>.Plain(() => new PlatformAnswers()).Of(new DialogValues(values));

        AssertTyped(answers);
        values.Set(GuideAnswers<PlatformAnswers>.Key, answers);
        Assert.Equal(stored, DialogValueJson.ToJsonString(values));
    }

    [Fact]
    public void System_text_json_reads_the_stored_words_as_typed_values_and_writes_the_same_text()
    {
        var answers = System.Text.Json.JsonSerializer.Deserialize<PlatformAnswers>(Stored, SystemTextJson)!;

        AssertTyped(answers);
        Assert.Equal(Stored, System.Text.Json.JsonSerializer.Serialize(answers, SystemTextJson));
    }

    [Theory]
    [InlineData(BusinessModel.B2B, "B2B")]
    [InlineData(BusinessModel.B2C, "B2C")]
    [InlineData(BusinessModel.O2O, "O2O")]
    public void A_model_is_offered_read_and_stored_under_one_word(BusinessModel model, string word)
    {
        Assert.Equal(word, PlatformAnswerWords.Word(model));
        Assert.Equal(model, PlatformAnswerWords.ReadModel(word));
        Assert.Equal(model, PlatformAnswerWords.ReadModel(word.ToLowerInvariant()));
        Assert.Equal($"\"{word}\"", JToken.FromObject(new PlatformAnswers { Model = model }, DialogJson.Serializer)["Model"]!.ToString(Formatting.None));
        Assert.Equal($"\"{word}\"", System.Text.Json.JsonSerializer.SerializeToNode(new PlatformAnswers { Model = model }, SystemTextJson)!["Model"]!.ToJsonString());
    }

    [Theory]
    [InlineData(SellerExperience.None, "none")]
    [InlineData(SellerExperience.Some, "some")]
    [InlineData(SellerExperience.Experienced, "experienced")]
    public void An_experience_is_offered_read_and_stored_under_one_word(SellerExperience experience, string word)
    {
        Assert.Equal(word, PlatformAnswerWords.Word(experience));
        Assert.Equal(experience, PlatformAnswerWords.ReadExperience(word));
        Assert.Equal($"\"{word}\"", JToken.FromObject(new PlatformAnswers { Experience = experience }, DialogJson.Serializer)["Experience"]!.ToString(Formatting.None));
        Assert.Equal($"\"{word}\"", System.Text.Json.JsonSerializer.SerializeToNode(new PlatformAnswers { Experience = experience }, SystemTextJson)!["Experience"]!.ToJsonString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("1")]
    [InlineData("b2x")]
    [InlineData("expert")]
    public void A_word_naming_no_value_reads_as_unanswered(string? word)
    {
        Assert.Null(PlatformAnswerWords.ReadModel(word));
        Assert.Null(PlatformAnswerWords.ReadExperience(word));
    }

    [Fact]
    public void Every_value_of_the_slot_vocabulary_is_a_typed_value()
    {
        var slots = JsonNode.Parse(File.ReadAllText(RepositoryCheckout.PathOf("bot/Dialogs/Slots/slot-vocabulary.json")))!["slots"]!;
        // "both" is the one word that is no single model: the reader stores B2C and offers B2B (see the dev scenarios).
        var words = slots["model"]!["values"]!.AsObject().Select(value => value.Key).ToList();
        Assert.Contains("both", words);
        Assert.Null(PlatformAnswerWords.ReadModel("both"));
        var models = words.Where(word => word != "both").ToList();
        var experiences = slots["experience"]!["values"]!.AsObject().Select(value => value.Key).ToList();

        Assert.Equal(Enum.GetValues<BusinessModel>(), models.Select(word => PlatformAnswerWords.ReadModel(word)!.Value).Order());
        Assert.Equal(Enum.GetValues<SellerExperience>(), experiences.Select(word => PlatformAnswerWords.ReadExperience(word)!.Value).Order());
        Assert.Equal(models, models.Select(word => PlatformAnswerWords.Word(PlatformAnswerWords.ReadModel(word)!.Value)));
        Assert.Equal(SellerExperience.None, PlatformAnswerWords.ReadExperience(SlotVocabulary.Default.DefaultOf("experience")));
    }

    private static void AssertTyped(PlatformAnswers answers)
    {
        Assert.Equal(BusinessModel.B2B, answers.Model);
        Assert.Equal(SellerExperience.Some, answers.Experience);
        Assert.Equal(["us", "jp"], answers.Markets);
        Assert.Equal(800.0m, answers.BudgetAmount);
    }

    /// <summary>The shape of <see cref="PlatformAnswers"/> while the model and experience were strings.</summary>
    private sealed class StoredAsStrings
    {
        public string? Model { get; init; }

        public List<string>? Markets { get; init; }

        public string? Category { get; init; }

        public List<string>? OtherCategories { get; init; }

        public decimal? BudgetAmount { get; init; }

        public string? BudgetCurrency { get; init; }

        public string? Experience { get; init; }

        public bool? OwnBrand { get; init; }
    }
}
