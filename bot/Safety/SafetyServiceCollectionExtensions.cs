using CrossBorderBot.Composition;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CrossBorderBot.Safety;

public static class SafetyServiceCollectionExtensions
{
    /// <summary>
    /// The turn safety middleware, in the order a turn meets them: the turn limit first (a flood costs a counter only),
    /// then input normalisation, then the message size limit. Registered and put on every adapter from this one list.
    /// </summary>
    private static readonly Type[] InTurnOrder = [typeof(TurnRateLimitMiddleware), typeof(InputNormalizationMiddleware), typeof(OversizedMessageMiddleware)];

    /// <summary>
    /// The per-user turn limit, input normalisation and the message size limit (section <c>Safety</c>), shared by every
    /// adapter. Part of <c>AddCrossBorderBot</c>, whose clock (<see cref="TimeProvider"/>) the turn limit reads.
    /// </summary>
    public static IServiceCollection AddTurnSafety(this IServiceCollection services)
    {
        services.AddValidatedOptions<SafetyOptions, SafetyOptionsValidator>(SafetyOptions.SectionName);
        foreach (var middleware in InTurnOrder)
        {
            services.TryAddSingleton(middleware);
        }

        return services;
    }

    /// <summary>
    /// Puts the turn limit, then input normalisation, then the message size limit in front of an adapter's turns: a
    /// flood costs a counter only, and no recognizer ever sees unclean or unbounded text.
    /// </summary>
    public static TAdapter UseTurnSafety<TAdapter>(this TAdapter adapter, IServiceProvider services)
        where TAdapter : BotAdapter
    {
        foreach (var middleware in InTurnOrder)
        {
            adapter.Use((Microsoft.Bot.Builder.IMiddleware)services.GetRequiredService(middleware));
        }

        return adapter;
    }
}
