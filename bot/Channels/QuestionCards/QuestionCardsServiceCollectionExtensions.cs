using CrossBorderBot.Conversation;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CrossBorderBot.Channels.QuestionCards;

public static class QuestionCardsServiceCollectionExtensions
{
    /// <summary>
    /// The check of clicks on older question cards (<see cref="StaleCardClicks"/>), for a door whose clients keep old
    /// cards clickable; each such door calls it, and it is registered once, ahead of the channel hooks registered after it.
    /// </summary>
    public static IServiceCollection AddStaleCardClicks(this IServiceCollection services)
    {
        services.TryAddSingleton<QuestionCardStamps>();
        services.TryAddSingleton<StaleCardClicks>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IChannelTurnHooks, StaleCardClicks>(provider => provider.GetRequiredService<StaleCardClicks>()));
        return services;
    }
}
