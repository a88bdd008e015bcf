using CrossBorderBot.Knowledge.Advisors;
using System.Net.Http.Json;
using System.Text;
using CrossBorderBot.Dialogs;
using CrossBorderBot.Json;
using CrossBorderBot.Dialogs.Guides;
using CrossBorderBot.Dialogs.Prompts;
using CrossBorderBot.Storage;
using CrossBorderBot.Tests.Storage;
using CrossBorderBot.Tests.TestUtilities;
using CrossBorderBot.Understanding.Quantities;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Tests.Dialogs;

/// <summary>
/// Dialog values are kept as objects and written by System.Text.Json (<see cref="DialogValueMap"/>): what is stored must
/// stay the JSON Json.NET wrote for the same values, so state saved before loads the same and state saved now loads in
/// an older version. Each typed value is compared with Json.NET's JSON for it, and a captured conversation is written
/// back byte for byte after its values are read and set again.
/// </summary>
[Collection(ProcessWideCountersCollection.Name)]
public sealed class DialogValueJsonTests
{
    public static TheoryData<string, object> TypedValues() => new()
    {
        { "logistics answers", new LogisticsAnswers
            {
                WeightKg = 2m, Size = new ParcelSizeAnswer(30.0m, 20.5m, 15m) { Urgency = ShippingUrgency.Fast }, ValueAmount = 60.25m, ValueCurrency = "USD",
                Destination = "de", OtherDestinations = ["gb", "au"], Category = "shoes", OtherProducts = [new LogisticsProduct("toys", 0.5m), new LogisticsProduct(null, null)],
                Urgency = ShippingUrgency.Standard, NeedsTracking = true, NeedsReturns = false, Goods = ParcelGoods.Batteries,
            }
        },
        { "empty logistics answers", new LogisticsAnswers() },
        { "platform answers", new PlatformAnswers { Model = CrossBorderBot.Knowledge.Model.BusinessModel.B2C, Markets = ["us", "eu"], Category = "toys", BudgetAmount = 5000m, BudgetCurrency = "CNY", Experience = SellerExperience.None, OwnBrand = false } },
        { "fix-issue answers", new FixIssueAnswers { Description = "货物被海关扣了 \"customs\" hold", Market = "de", MarketAssumed = true, Candidates = ["customs-hold"] } },
        { "skipped parcel size", ParcelSizeAnswer.Skip },
        { "found choice", new FoundChoice("standard", 1, "Standard") },
        { "money", new MoneyQuantity(60m, "USD", "60 USD") },
        { "weight", new WeightQuantity(1.3608m, "3 lbs") },
        { "follow-up answer", new GuideFollowUpAnswer(null, "compare Amazon and Temu") },
        { "playbook walk", new PlaybookWalkResult("customs-hold", Completed: false, ["a", "b"]) },
        { "guide start", new GuideStartOptions("ship 2 kg of shoes to Germany, value 60 USD", new CrossBorderBot.Understanding.MessageEntities
            {
                Countries = [new("de", "Germany")], Weights = [new(2m, "2 kg")], Money = [new(60m, "USD", "60 USD")], Categories = [new("shoes", "shoes")], Regions = [new("eu", "Europe")],
            })
        },
        { "menu start", new CrossBorderBot.Dialogs.MainMenuOptions("choose_logistics", "寄到德国", CrossBorderBot.Understanding.MessageEntities.None, Described: true) },
        { "fix-issue start", new FixIssueStartOptions("customs hold", null, "de", Again: true) },
        { "text prompt", PromptOptions.FromText("How fast must it arrive? 要多快？", "Please pick one.", [new Choice("economy", "Economy (cheapest)", ["cheap", "便宜"]), new Choice("fast")]) },
        { "prompt with a card", new PromptOptions { Prompt = new Activity(ActivityTypes.Message) { Text = "Pick", Attachments = [new Attachment("application/vnd.microsoft.card.adaptive", content: JObject.Parse("""{"type":"AdaptiveCard","version":"1.5","body":[]}"""))] }, MaxAttempts = 2 } },
    };

    [Theory]
    [MemberData(nameof(TypedValues))]
    public void A_typed_value_is_written_as_jsonnet_wrote_it_and_reads_back_to_the_same_json(string name, object value)
    {
        var expected = JsonNetText(value);

        var written = DialogValueJson.ToJsonString(value);
        Assert.True(expected == written, $"{name}: Json.NET {expected}, now {written}");

        var read = ReadAs(value.GetType(), Encoding.UTF8.GetBytes(written));
        Assert.Equal(expected, DialogValueJson.ToJsonString(read));
    }

    [Fact]
    public void A_captured_conversation_is_written_back_byte_for_byte_after_its_values_are_read_and_set_again()
    {
        var document = Encoding.UTF8.GetBytes(StoredStateSamples.LogisticsConversation.Trim());
        var state = StateDocument.TryRead(StoredStateSamples.ConversationKey, document)!;
        var eTag = (string)JObject.Parse(StoredStateSamples.LogisticsConversation)["eTag"]!;

        var menu = Assert.Single(((DialogState)state["DialogState"]).DialogStack);
        var guide = menu.State.StackAt("dialogs").DialogStack[1];
        var steps = guide.State.StackAt("dialogs").DialogStack[0];
        var urgency = guide.State.StackAt("dialogs").DialogStack[1];
        var values = steps.State.MapAt("values");
        values.Set("answers", values.Get<LogisticsAnswers>("answers"));
        urgency.SetValue("options", urgency.GetValue<PromptOptions>("options"));
        urgency.SetValue("attempts", urgency.GetValue<int>("attempts"));
        steps.SetValue("stepIndex", steps.GetValue<long>("stepIndex"));
        Assert.True(new WaterfallProbe().CanGoBack(steps), "the stored history is read");

        var written = BotStateJson.AppendETag(StateDocument.Write(state), eTag);
        Assert.Equal(StoredStateSamples.LogisticsConversation.Trim(), written);
        Assert.Equal(2m, values.Get<LogisticsAnswers>("answers")!.WeightKg);
        Assert.Equal("How fast must it arrive?", urgency.GetValue<PromptOptions>("options")!.Prompt!.Text);
    }

    [Fact]
    public void A_value_set_is_kept_as_given_and_a_snapshot_does_not_see_later_changes()
    {
        var values = new DialogValueMap();
        var answers = new LogisticsAnswers { Destination = "de" };
        values.Set("answers", answers);
        values.Set("step", 2);
        var before = values.Snapshot();

        values.Set("answers", answers with { Destination = "fr" });
        values.Set("step", 3);
        values.Set<string>("gone", null);

        Assert.Same(answers, before.Get<LogisticsAnswers>("answers"));
        Assert.Equal(2L, before.Get<long>("step"));
        Assert.Equal("fr", values.Get<LogisticsAnswers>("answers")!.Destination);
        Assert.False(values.ContainsKey("gone"));
        Assert.Equal("""{"answers":{"Destination":"fr"},"step":3}""", values.ToString());
    }

    [Fact]
    public async Task Steady_turns_of_the_logistics_guide_leave_no_dialog_value_to_jsonnet()
    {
        using var factory = new BotWebApplicationFactory();
        using var client = factory.CreateClient();
        var turns = new[] { "ship 2 kg of shoes to Germany, value 60 USD", "30x20x15 cm", "standard", "yes", "yes", "neither" };

        // A conversation first, so that what is done once per process is done.
        await PlayAsync(client, "warm", turns);
        var before = new Dictionary<Type, long>(DialogValueConverter.JsonNetFallbacks);
        await PlayAsync(client, "steady", turns[1..], firstTurn: turns[0]);
        var after = new Dictionary<Type, long>(DialogValueConverter.JsonNetFallbacks);

        var left = after.Where(entry => entry.Value > before.GetValueOrDefault(entry.Key)).Select(entry => entry.Key.Name).ToList();
        Assert.True(left.Count == 0 || left.All(IsOncePerGuide), "left to Json.NET in steady turns: " + string.Join(", ", left));
    }

    // The follow-ups offered with the result carry the platform guide's answers as a JSON tree (Json.NET's); once per guide.
    private static bool IsOncePerGuide(string type) => type is nameof(GuideFollowUpsOptions);

    private static async Task PlayAsync(HttpClient client, string conversation, IEnumerable<string> turns, string? firstTurn = null)
    {
        if (firstTurn is not null)
        {
            await SendAsync(client, conversation, firstTurn);
        }

        foreach (var text in turns)
        {
            await SendAsync(client, conversation, text);
        }
    }

    private static async Task SendAsync(HttpClient client, string conversation, string text)
    {
        var activity = new
        {
            type = "message",
            id = Guid.NewGuid().ToString("N"),
            channelId = "webchat",
            serviceUrl = "http://localhost",
            deliveryMode = "expectReplies",
            from = new { id = "user-" + conversation },
            recipient = new { id = "bot" },
            conversation = new { id = conversation },
            text,
        };
        using var response = await client.PostAsJsonAsync("/api/messages", activity);
        response.EnsureSuccessStatusCode();
    }

    private static string JsonNetText(object value)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new System.Text.Json.Utf8JsonWriter(buffer, new System.Text.Json.JsonWriterOptions { Encoder = StateValueCodecs.Encoder }))
        {
            JTokenUtf8.Write(writer, JToken.FromObject(value, DialogJson.Serializer));
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static object ReadAs(Type type, byte[] utf8) =>
        typeof(DialogValueConverter).GetMethod(nameof(DialogValueConverter.Read))!.MakeGenericMethod(type).Invoke(null, [new ReadOnlyMemory<byte>(utf8)])!;

    private sealed class WaterfallProbe
    {
        private readonly WaterfallDialog _waterfall = new("probe", Enumerable.Repeat<WaterfallStep>((step, _) => step.EndDialogAsync(), 10).ToArray());

        public bool CanGoBack(DialogInstance instance) => _waterfall.CanGoBack(null!, instance);
    }
}
