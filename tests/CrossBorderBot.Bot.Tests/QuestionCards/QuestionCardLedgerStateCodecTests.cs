using System.Text;
using System.Text.Json;
using CrossBorderBot.Channels.QuestionCards;
using CrossBorderBot.Storage;

namespace CrossBorderBot.Tests.QuestionCards;

/// <summary>
/// The question-card ledger is read and written with System.Text.Json (<see cref="QuestionCardLedgerStateCodec"/>) in
/// the JSON Json.NET's state serializer gives it, and each serializer reads what the other wrote; other shapes are read
/// by Json.NET as before.
/// </summary>
public sealed class QuestionCardLedgerStateCodecTests
{
    private static readonly Newtonsoft.Json.JsonSerializer JsonNet = BotStateJson.CreateStoreSerializer();

    [Fact]
    public void A_ledger_with_awkward_text_is_written_as_jsonnet_writes_it_and_read_back_equal()
    {
        var ledger = new QuestionCardLedger { Sequence = 12 };
        ledger.Add(new QuestionCardRecord { PromptId = "p11", ActivityId = "1700000000123", QuestionKey = "ABCDEF0123456789", Question = "Which market?\nPick one", Options = { ["eu"] = "EU", ["us"] = "United \"States\"" } });
        ledger.Add(new QuestionCardRecord { PromptId = "p12", QuestionKey = "0123", Question = "电池还是液体？ \\ \t <b>&</b> \u00e9\u0001", Options = { ["none"] = "都没有", [string.Empty] = string.Empty } });
        ledger.Add(new QuestionCardRecord { PromptId = "p13", Question = "How much does one parcel weigh?", QuestionKey = "77" });

        var written = Write(ledger);

        Assert.Equal(BotStateJson.Serialize(ledger, JsonNet), written);
        Assert.Equal(written, BotStateJson.Serialize(ReadWithJsonNet(written), JsonNet));
        var read = Assert.IsType<QuestionCardLedger>(StateValueCodecs.Read(Encoding.UTF8.GetBytes(written)));
        Assert.Equal(written, Write(read));
        Assert.Equal("United \"States\"", read.FindByActivityId("1700000000123")?.Options["us"]);
        Assert.Equal(12, read.Sequence);
    }

    [Fact]
    public void An_empty_ledger_round_trips()
    {
        var written = Write(new QuestionCardLedger());

        Assert.Equal(BotStateJson.Serialize(new QuestionCardLedger(), JsonNet), written);
        Assert.Empty(Assert.IsType<QuestionCardLedger>(StateValueCodecs.Read(Encoding.UTF8.GetBytes(written))).Cards);
    }

    [Fact]
    public void A_ledger_stored_with_the_current_card_repeated_reads_as_its_cards()
    {
        // Json.NET wrote the computed "Current" (a copy of the last card) until it was left out.
        const string stored = """{"$type":"CrossBorderBot.Channels.QuestionCards.QuestionCardLedger, CrossBorderBot","Sequence":2,"Cards":[{"PromptId":"p1","ActivityId":"m1","QuestionKey":"k1","Question":"q1","Options":{"a":"A"}},{"PromptId":"p2","ActivityId":"m2","QuestionKey":"k2","Question":"q2","Options":{"b":"B"}}],"Current":{"PromptId":"p2","ActivityId":"m2","QuestionKey":"k2","Question":"q2","Options":{"b":"B"}}}""";

        var read = Assert.IsType<QuestionCardLedger>(StateValueCodecs.Read(Encoding.UTF8.GetBytes(stored)));

        Assert.Equal(BotStateJson.Serialize(ReadWithJsonNet(stored), JsonNet), BotStateJson.Serialize(read, JsonNet));
        Assert.Equal(["p1", "p2"], read.Cards.Select(card => card.PromptId));
        Assert.Equal("p2", read.Current?.PromptId);
        Assert.DoesNotContain("Current", Write(read), StringComparison.Ordinal);
    }

    [Fact]
    public void Ledgers_stored_in_another_shape_or_under_the_former_name_are_read_by_jsonnet_as_before()
    {
        string[] stored =
        [
            // Nulls and an unknown member: not the shape this codec writes.
            """{"$type":"CrossBorderBot.Channels.QuestionCards.QuestionCardLedger, CrossBorderBot","Sequence":3,"Cards":[{"PromptId":"p3","ActivityId":null,"QuestionKey":"k","Question":"q","Options":{"a":"A"},"Later":1}]}""",
            // Stored when only Teams kept a ledger.
            """{"$type":"CrossBorderBot.Channels.Teams.TeamsCardLedger, CrossBorderBot","Sequence":3,"Cards":[{"PromptId":"p3","ActivityId":"m","QuestionKey":"k","Question":"q","Options":{"a":"A"}}]}""",
        ];

        foreach (var json in stored)
        {
            var read = Assert.IsType<QuestionCardLedger>(StateValueCodecs.Read(Encoding.UTF8.GetBytes(json)));

            Assert.Equal(BotStateJson.Serialize(ReadWithJsonNet(json), JsonNet), BotStateJson.Serialize(read, JsonNet));
            Assert.Equal("A", read.FindByPromptId("p3")?.Options["a"]);
        }
    }

    private static object ReadWithJsonNet(string json)
    {
        using var reader = new Newtonsoft.Json.JsonTextReader(new StringReader(json));
        return JsonNet.Deserialize<object>(reader)!;
    }

    private static string Write(object value)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = StateValueCodecs.Encoder }))
        {
            StateValueCodecs.Write(writer, value);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
