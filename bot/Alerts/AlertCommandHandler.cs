using CrossBorderBot.Channels.DirectLine;
using CrossBorderBot.Channels.Slack;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Newtonsoft.Json;

namespace CrossBorderBot.Alerts;

/// <summary>
/// Carries out an alert request in the conversation it came from: subscribes the user (with the conversation
/// reference, to reach them later), lists, or stops their alerts, and answers in their language.
/// </summary>
public sealed class AlertCommandHandler(
    AlertSubscriptionStore store,
    AlertMarkets markets,
    RuleChangeCatalog catalog,
    KnowledgeBase knowledgeBase,
    TimeProvider time)
{
    public async Task HandleAsync(ITurnContext turnContext, AlertCommand command, BotLanguage language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(command);
        var reply = command.Kind switch
        {
            AlertCommandKind.Subscribe => await SubscribeAsync(turnContext, command, language, cancellationToken),
            AlertCommandKind.List => await ListAsync(turnContext, language, cancellationToken),
            _ => await StopAsync(turnContext, command, language, cancellationToken),
        };
        await turnContext.SendReplyAsync(reply, cancellationToken);
    }

    /// <summary>The door a turn came through; null when its channel cannot be reached later (the terminal, tests).</summary>
    public static AlertDoor? DoorOf(ITurnContext turnContext) => turnContext?.Adapter switch
    {
        DirectLineAdapter => AlertDoor.DirectLine,
        SlackAdapter => AlertDoor.Slack,
        CloudAdapter => AlertDoor.BotFramework,
        _ => null,
    };

    private async Task<Reply> SubscribeAsync(ITurnContext turnContext, AlertCommand command, BotLanguage language, CancellationToken cancellationToken)
    {
        var text = AlertText.For(language);
        if (DoorOf(turnContext) is not { } door)
        {
            return Reply.Text(text.NotOnThisChannel);
        }

        if (command.Locations.Count == 0)
        {
            return Reply.Text(text.AskWhichMarket);
        }

        var wanted = markets.For(command.Locations);
        if (wanted.Count == 0)
        {
            var known = string.Join(text.ListSeparator, knowledgeBase.Markets.Select(m => m.Name.Get(language)));
            return Reply.Text(BilingualText.Fill(text.UnknownMarket, string.Join(text.ListSeparator, command.Locations.Select(l => PlaceName(l, language))), known));
        }

        var activity = turnContext.Activity;
        var template = new AlertSubscription
        {
            Id = IdOf(turnContext, door),
            Door = door,
            ChannelId = activity.ChannelId ?? string.Empty,
            ConversationId = activity.Conversation?.Id ?? string.Empty,
            UserId = activity.From?.Id ?? string.Empty,
            Language = language.Tag,
            ReferenceJson = JsonConvert.SerializeObject(activity.GetConversationReference()),
            SubscribedAt = time.GetUtcNow(),
        };
        var stored = await store.SubscribeAsync(template, wanted, cancellationToken);
        var blocks = new List<ReplyBlock>
        {
            new ParagraphBlock(BilingualText.Fill(text.Subscribed, Names(stored.Markets, language))),
        };
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        if (catalog.NextAfter(wanted, today.AddDays(-1)) is { } next)
        {
            blocks.Add(new ParagraphBlock(BilingualText.Fill(text.NextKnown, text.Date(next.EffectiveOn), markets.Name(next.Market, language), next.Items[0].Change.Get(language))));
        }

        blocks.Add(Buttons(text, language));
        return new Reply(blocks);
    }

    private async Task<Reply> ListAsync(ITurnContext turnContext, BotLanguage language, CancellationToken cancellationToken)
    {
        var text = AlertText.For(language);
        var subscription = DoorOf(turnContext) is { } door ? await store.GetAsync(IdOf(turnContext, door), cancellationToken) : null;
        if (subscription is null || subscription.Markets.Count == 0)
        {
            return Reply.Text(text.ListNone);
        }

        return Reply.Of(
            new ParagraphBlock(BilingualText.Fill(text.ListSome, Names(subscription.Markets, language))),
            new ActionButtonsBlock([AlertVerbs.StopButton(text.StopButton, language)]));
    }

    private async Task<Reply> StopAsync(ITurnContext turnContext, AlertCommand command, BotLanguage language, CancellationToken cancellationToken)
    {
        var text = AlertText.For(language);
        if (DoorOf(turnContext) is not { } door)
        {
            return Reply.Text(text.NothingToStop);
        }

        var id = IdOf(turnContext, door);
        var before = await store.GetAsync(id, cancellationToken);
        if (before is null || before.Markets.Count == 0)
        {
            return Reply.Text(text.NothingToStop);
        }

        var which = markets.For(command.Locations);
        var after = await store.UnsubscribeAsync(id, which, cancellationToken);
        return after is null || after.Markets.Count == 0
            ? Reply.Text(text.Stopped)
            : Reply.Text(BilingualText.Fill(text.StoppedSome, Names(which, language), Names(after.Markets, language)));
    }

    private static string IdOf(ITurnContext turnContext, AlertDoor door) => AlertSubscriptionStore.IdFor(
        door,
        turnContext.Activity.ChannelId ?? string.Empty,
        turnContext.Activity.Conversation?.Id ?? string.Empty,
        turnContext.Activity.From?.Id ?? string.Empty);

    private string Names(IEnumerable<string> ids, BotLanguage language) =>
        string.Join(AlertText.For(language).ListSeparator, ids.Select(id => markets.Name(id, language)));

    private string PlaceName(string location, BotLanguage language) =>
        knowledgeBase.FindCountry(location)?.Name.Get(language) ?? knowledgeBase.FindRegion(location)?.Name.Get(language) ?? location;

    private static ActionButtonsBlock Buttons(AlertText text, BotLanguage language) =>
        new(AlertVerbs.ListAndStopButtons(text.MyAlertsButton, text.StopButton, language));
}
