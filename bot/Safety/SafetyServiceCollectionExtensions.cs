using CrossBorderBot.Composition;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CrossBorderBot.Safety;

public static class SafetyServiceCollectionExtensions
{
    /// <summary>
    /// The per-user turn limit, input normalisation and the message size limit (section <c>Safety</c>), shared by every
    /// adapter. Part of <c>AddCrossBorderBot</c>, whose clock (<see cref="TimeProvider"/>) the turn limit reads.
    /// </summary>
    public static IServiceCollection AddTurnSafety(this IServiceCollection services)
    {
        services.AddValidatedOptions<SafetyOptions, SafetyOptionsValidator>(SafetyOptions.SectionName);
        services.TryAddSingleton<TurnRateLimitMiddleware>();
        services.TryAddSingleton<InputNormalizationMiddleware>();
        services.TryAddSingleton<OversizedMessageMiddleware>();
        return services;
    }

    /// <summary>
    /// Puts the turn limit, then input normalisation, then the message size limit in front of an adapter's turns: a
    /// flood costs a counter only, and no recognizer ever sees unclean or unbounded text.
    /// </summary>
    public static TAdapter UseTurnSafety<TAdapter>(this TAdapter adapter, IServiceProvider services)
        where TAdapter : BotAdapter
    {
        adapter.Use(services.GetRequiredService<TurnRateLimitMiddleware>());
        adapter.Use(services.GetRequiredService<InputNormalizationMiddleware>());
        adapter.Use(services.GetRequiredService<OversizedMessageMiddleware>());
        return adapter;
    }
}
