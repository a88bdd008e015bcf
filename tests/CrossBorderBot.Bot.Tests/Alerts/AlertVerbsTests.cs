using CrossBorderBot.Alerts;
using CrossBorderBot.Language;
using CrossBorderBot.Replies;
using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Tests.Alerts;

/// <summary>
/// The alert buttons' verbs are made from the command kinds; buttons already sent carry them, so each stays the text it
/// was, and a click reads back as the command its button was made for.
/// </summary>
public sealed class AlertVerbsTests
{
    [Theory]
    [InlineData(AlertCommandKind.Subscribe, "alerts.subscribe")]
    [InlineData(AlertCommandKind.List, "alerts.list")]
    [InlineData(AlertCommandKind.Stop, "alerts.stop")]
    public void A_kind_s_verb_is_the_text_sent_buttons_carry(AlertCommandKind kind, string verb) =>
        Assert.Equal(verb, AlertVerbs.Verb(kind));

    [Fact]
    public void Every_button_reads_back_as_its_own_command()
    {
        var buttons = new[] { AlertVerbs.SubscribeButton("Alert me", ["us", "gb"], BotLanguage.English) }
            .Concat(AlertVerbs.ListAndStopButtons("My alerts", "Stop alerts", BotLanguage.Chinese));

        var read = buttons.Select(button => AlertVerbs.Read(ReplySubmitData.For(button))).ToList();

        Assert.Equal([AlertCommandKind.Subscribe, AlertCommandKind.List, AlertCommandKind.Stop], read.Select(command => command!.Kind));
        Assert.Equal(["us", "gb"], read[0]!.Locations);
    }

    [Theory]
    [InlineData("alerts.SUBSCRIBE")]
    [InlineData("alerts.")]
    [InlineData("subscribe")]
    [InlineData("choose")]
    public void Another_verb_is_no_alert_command(string verb) =>
        Assert.Null(AlertVerbs.Read(new JObject { [ReplySubmitData.VerbKey] = verb }));
}
