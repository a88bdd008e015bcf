using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema.Teams;

namespace CrossBorderBot.Channels.Teams;

/// <summary>
/// Lets the SDK's <see cref="TeamsActivityHandler"/> read and answer invokes (value parsing, 400/501 answers for bad or
/// unknown invokes) while the two the bot implements go to <see cref="TeamsChannel"/>. Only invokes are passed here.
/// </summary>
internal sealed class TeamsInvokeDispatcher(TeamsChannel channel) : TeamsActivityHandler
{
    public Task<InvokeResponse> AnswerAsync(ITurnContext<IInvokeActivity> turnContext, CancellationToken cancellationToken)
        => OnInvokeActivityAsync(turnContext, cancellationToken);

    protected override Task<AdaptiveCardInvokeResponse> OnAdaptiveCardInvokeAsync(ITurnContext<IInvokeActivity> turnContext, AdaptiveCardInvokeValue invokeValue, CancellationToken cancellationToken)
        => channel.OnCardActionAsync(turnContext, invokeValue, cancellationToken);

    protected override Task<MessagingExtensionResponse> OnTeamsMessagingExtensionQueryAsync(ITurnContext<IInvokeActivity> turnContext, MessagingExtensionQuery query, CancellationToken cancellationToken)
        => channel.OnSearchAsync(turnContext, query, cancellationToken);
}
