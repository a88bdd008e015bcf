using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Replies;

/// <summary>
/// Turns a <see cref="Reply"/> into the activities the turn's channel understands (see <see cref="ReplyChannels"/>):
/// Slack gets Block Kit in <c>channelData.blocks</c> (several messages when the reply is long); Teams, Web Chat,
/// Direct Line, the Emulator, the terminal and tests get an Adaptive Card; any other channel gets markdown text.
/// Every activity carries text: the reply's opening words next to a card or blocks (notification preview,
/// screen readers), the whole reply where text is all there is.
/// </summary>
public static class ReplyActivityFactory
{
    /// <summary>
    /// One activity for the reply. On Slack, a reply too long for one message is shortened with an "…and N more"
    /// line; use <see cref="CreateAll"/> or <see cref="ReplyTurnContextExtensions.SendReplyAsync"/> to send all of it.
    /// </summary>
    public static Activity Create(ITurnContext turnContext, Reply reply) =>
        Apply(turnContext, NewMessage(turnContext, reply), reply);

    /// <summary>All the activities the reply needs on this channel (more than one only on Slack, for long replies).</summary>
    public static IReadOnlyList<Activity> CreateAll(ITurnContext turnContext, Reply reply)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(reply);
        if (ReplyChannels.RenderingFor(turnContext.Activity.ChannelId) != ReplyRendering.BlockKit)
        {
            return [Create(turnContext, reply)];
        }

        var language = TurnLanguage.Of(turnContext);
        var messages = BlockKitRenderer.Render(reply, language);
        var lead = SlackText(reply, language);
        return [.. messages.Select((blocks, index) => WithBlocks(
            NewMessage(turnContext, reply),
            index == 0 || messages.Count == 1 ? lead : $"{lead} ({index + 1}/{messages.Count})",
            blocks))];
    }

    /// <summary>
    /// Dresses an existing activity (a prompt's question, say, keeping its input hint and locale) with the reply's
    /// rendering for this channel; returns the same activity.
    /// </summary>
    public static Activity Apply(ITurnContext turnContext, Activity activity, Reply reply)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(reply);
        // A prompt that carries its own locale is written in that language; otherwise the turn's.
        var language = activity.Locale is null ? TurnLanguage.Of(turnContext) : TurnLanguage.Of(activity);
        RenderedReplies.Remember(activity, reply);
        switch (ReplyChannels.RenderingFor(turnContext.Activity.ChannelId))
        {
            case ReplyRendering.BlockKit:
                return WithBlocks(activity, SlackText(reply, language), BlockKitRenderer.RenderSingle(reply, language));
            case ReplyRendering.AdaptiveCard:
                var lead = PlainTextRenderer.Lead(reply);
                activity.Text = lead.Length == 0 ? null : lead;
                activity.Attachments = [AdaptiveCardRenderer.RenderAttachment(reply, language, ReplyChannels.SupportsForms(turnContext.Activity.ChannelId))];
                return activity;
            default:
                activity.Text = PlainTextRenderer.Render(reply, language);
                activity.TextFormat = TextFormatTypes.Markdown;
                activity.Attachments = [];
                return activity;
        }
    }

    private static Activity NewMessage(ITurnContext turnContext, Reply reply)
    {
        var activity = (Activity)MessageFactory.Text(string.Empty);
        activity.Text = null;
        activity.Locale = turnContext.Activity.Locale;

        // Clients that show a microphone or keyboard hint (Web Chat with speech, Cortana-style hosts) use this.
        activity.InputHint = reply.Blocks.Any(block => block is ChoiceSetBlock or InputFormBlock)
            ? InputHints.ExpectingInput
            : InputHints.AcceptingInput;
        return activity;
    }

    private static Activity WithBlocks(Activity activity, string text, JArray blocks)
    {
        activity.Text = text;
        activity.Attachments = [];
        activity.ChannelData = new JObject { ["blocks"] = blocks };
        return activity;
    }

    /// <summary>
    /// Slack shows <c>text</c> only in notifications when blocks are present, requires it non-empty, and parses
    /// <c>&amp; &lt; &gt;</c> in it, so they are escaped.
    /// </summary>
    private static string SlackText(Reply reply, BotLanguage language)
    {
        var lead = PlainTextRenderer.Lead(reply);
        if (lead.Length == 0)
        {
            lead = ReplyMarkdown.Cut(ReplyMarkdown.Strip(PlainTextRenderer.Render(reply, language)), BlockKitRenderer.MaxSectionTextChars);
        }

        return lead.Length > 0 ? ReplyMarkdown.EscapeSlack(lead) : " ";
    }
}
