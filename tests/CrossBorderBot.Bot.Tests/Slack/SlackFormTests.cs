using CrossBorderBot.Replies;
using CrossBorderBot.Tests.TestUtilities;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Tests.Slack;

/// <summary>
/// Replies from the reply model posted to Slack, and what a click on them hands the bot: a form's inputs merged
/// into the submit data like an Adaptive Card submit; a link button ignored.
/// </summary>
public sealed class SlackFormTests : IAsyncLifetime
{
    private static readonly Reply ShipmentForm = Reply.Of(
        new ParagraphBlock("Tell me about a typical parcel."),
        new InputFormBlock(
            [
                FormField.Number("weightKg", "Weight (kg)", required: true),
                FormField.Choice("destination", "Destination", [new ReplyChoice("DE", "Germany"), new ReplyChoice("US", "United States")]),
            ],
            new ReplyAction("Compare channels", "logistics.submit")),
        new ActionButtonsBlock([new ReplyAction("Read the guide", "open-source", Url: "https://example.org/guide")]));

    private readonly SlackRecordingBot _bot = new(_ => ShipmentForm);
    private SlackBotHost _host = null!;

    public async Task InitializeAsync() =>
        _host = await SlackBotHost.StartAsync(configureServices: services => services.AddSingleton<IBot>(_bot));

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Submitting_a_form_sends_the_inputs_with_the_submit_data_and_the_message_then_shows_the_answers()
    {
        var chat = new SlackChat(_host);
        var posted = Assert.Single(await chat.SayAsync("compare logistics"));
        Assert.Contains(posted.Blocks!, block => block.Value<string>("type") == "input");
        var stored = _host.Api.Message(SlackPayloads.DirectChannel, posted.Ts!);
        var inputs = stored["blocks"]!.Where(block => block.Value<string>("type") == "input").ToList();
        var state = new JObject
        {
            ["values"] = new JObject
            {
                [inputs[0].Value<string>("block_id")!] = new JObject
                {
                    ["weightKg"] = new JObject { ["type"] = "number_input", ["value"] = "2.5" },
                },
                [inputs[1].Value<string>("block_id")!] = new JObject
                {
                    ["destination"] = new JObject
                    {
                        ["type"] = "static_select",
                        ["selected_option"] = new JObject { ["text"] = new JObject { ["type"] = "plain_text", ["text"] = "Germany" }, ["value"] = "DE" },
                    },
                },
            },
        };

        var calls = await chat.SendAsync(() => _host.SendInteractionAsync(ClickWithState(stored, "Compare channels", state)));

        var submitted = Assert.IsType<JObject>(_bot.Received.Last().Value);
        Assert.Equal("logistics.submit", submitted.Value<string>("verb"));
        Assert.Equal("2.5", submitted.Value<string>("weightKg"));
        Assert.Equal("DE", submitted.Value<string>("destination"));

        var update = calls.First(call => call.Method == "chat.update");
        Assert.DoesNotContain(update.Blocks!, block => block.Value<string>("type") == "input");
        Assert.Contains("Germany", update.Blocks!.ToString());
        Assert.Contains("2.5", update.Blocks!.ToString());
    }

    [Fact]
    public async Task A_click_on_a_link_button_changes_nothing_and_runs_no_turn()
    {
        var chat = new SlackChat(_host);
        var posted = Assert.Single(await chat.SayAsync("compare logistics"));
        var turns = _bot.Received.Count;

        var calls = await chat.ClickAsync("Read the guide");

        Assert.Empty(calls);
        Assert.Equal(turns, _bot.Received.Count);
        Assert.Contains("Read the guide", posted.ButtonTitles);
    }

    private static string ClickWithState(JObject stored, string title, JObject state)
    {
        var (block, button) = stored["blocks"]!
            .Where(candidate => candidate.Value<string>("type") == "actions")
            .SelectMany(candidate => candidate["elements"]!.Select(element => (Block: candidate, Button: (JObject)element)))
            .First(pair => pair.Button.SelectToken("text.text")?.ToString() == title);
        var form = SlackPayloads.ButtonClick(SlackPayloads.DirectChannel, stored, button, block.Value<string>("block_id")!);
        var payload = JObject.Parse(Uri.UnescapeDataString(form["payload=".Length..]));
        payload["state"] = state;
        return "payload=" + Uri.EscapeDataString(payload.ToString());
    }
}
