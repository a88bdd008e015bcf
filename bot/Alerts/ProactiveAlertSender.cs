using CrossBorderBot.Channels.DirectLine;
using CrossBorderBot.Channels.Slack;
using CrossBorderBot.Hosting;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;

namespace CrossBorderBot.Alerts;

/// <summary>
/// Sends a reply into a stored conversation, each door its own way: the Bot Framework adapter's
/// <c>ContinueConversationAsync</c> (Teams, Azure Bot Service, Emulator), the Slack adapter (<c>chat.postMessage</c>
/// through the Slack Web API client), the Direct Line adapter (appended to the conversation's log, where the web
/// chat's next poll finds it). The reply is rendered for the conversation's channel as any turn's reply is.
/// </summary>
public sealed class ProactiveAlertSender(IServiceProvider services)
{
    public async Task SendAsync(AlertSubscription subscription, Reply reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var reference = JsonConvert.DeserializeObject<ConversationReference>(subscription.ReferenceJson)
            ?? throw new InvalidOperationException("The subscription has no conversation reference.");
        reference.Locale = BotLanguage.Of(subscription.Language).Locale;
        BotCallbackHandler send = (turnContext, token) => turnContext.SendReplyAsync(reply, token);
        switch (subscription.Door)
        {
            case AlertDoor.DirectLine:
                var directLine = services.GetRequiredService<DirectLineAdapter>();
                var botId = reference.Bot?.Id ?? string.Empty;
                await directLine.ContinueConversationAsync(botId, reference, send, cancellationToken);
                break;
            case AlertDoor.Slack:
                var slack = services.GetService<SlackAdapter>()
                    ?? throw new InvalidOperationException("Slack is not configured in this process.");
                await slack.ContinueConversationAsync(reference.Bot?.Id ?? string.Empty, reference, send, cancellationToken);
                break;
            default:
                var adapter = services.GetService<BotAdapterWithErrorHandler>()
                    ?? throw new InvalidOperationException("The Bot Framework channel is not configured in this process.");
                // The app id as the Bot Framework door validated it at start-up (registered with that adapter).
                var appId = services.GetRequiredService<IOptions<BotFrameworkAuthenticationOptions>>().Value.MicrosoftAppId;
                await adapter.ContinueConversationAsync(appId ?? string.Empty, reference, send, cancellationToken);
                break;
        }
    }
}
