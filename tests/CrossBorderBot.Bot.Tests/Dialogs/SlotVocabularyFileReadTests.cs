using CrossBorderBot.Dialogs.Slots;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Tests.Dialogs;

/// <summary>
/// slot-vocabulary.json is read with System.Text.Json's generated reader (no Json.NET contract resolution at the first
/// guide turn); it must give exactly what Json.NET's reader gave.
/// </summary>
public sealed class SlotVocabularyFileReadTests
{
    private const string Resource = "CrossBorderBot.Dialogs.Slots.slot-vocabulary.json";

    [Fact]
    public void The_generated_reader_reads_the_same_vocabulary_as_JsonNet()
    {
        var text = ReadResource();
        var byJsonNet = JsonConvert.DeserializeObject<SlotVocabularyFile>(text)!;
        var generated = System.Text.Json.JsonSerializer.Deserialize(text, SlotVocabularyJsonContext.Default.SlotVocabularyFile)!;

        Assert.NotEmpty(byJsonNet.Slots);
        Assert.NotEmpty(byJsonNet.YesNo.Yes);
        Assert.NotEmpty(byJsonNet.PlaceAbbreviations);
        var expected = JToken.FromObject(byJsonNet);
        var actual = JToken.FromObject(generated);
        Assert.True(JToken.DeepEquals(expected, actual), "the two readers disagree on slot-vocabulary.json");

        // Key order matters to readers that try values in file order: compare it, not only the contents.
        Assert.Equal(byJsonNet.Slots.Keys, generated.Slots.Keys);
        foreach (var (slot, words) in byJsonNet.Slots)
        {
            Assert.Equal(words.Values.Keys, generated.Slots[slot].Values.Keys);
            Assert.Equal(words.Negated.Keys, generated.Slots[slot].Negated.Keys);
        }

        Assert.Equal(byJsonNet.PlaceAbbreviations.Keys, generated.PlaceAbbreviations.Keys);
    }

    [Fact]
    public void Values_the_file_leaves_out_stay_null_or_empty_as_before()
    {
        const string Json = """{"slots":{"brand":{"values":{"yes":{"anywhere":["own brand"]}}}}}""";
        var byJsonNet = JsonConvert.DeserializeObject<SlotVocabularyFile>(Json)!;
        var generated = System.Text.Json.JsonSerializer.Deserialize(Json, SlotVocabularyJsonContext.Default.SlotVocabularyFile)!;

        Assert.True(JToken.DeepEquals(JToken.FromObject(byJsonNet), JToken.FromObject(generated)));
        Assert.Null(generated.Slots["brand"].Default);
        Assert.Empty(generated.Slots["brand"].Values["yes"].Answers);
        Assert.Empty(generated.UnknownWords);
    }

    private static string ReadResource()
    {
        using var stream = typeof(SlotVocabulary).Assembly.GetManifestResourceStream(Resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
