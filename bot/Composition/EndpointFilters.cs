namespace CrossBorderBot.Composition;

/// <summary>
/// Endpoint filters that hold only singletons, built once per endpoint from the application's services. ASP.NET Core's
/// <c>AddEndpointFilter&lt;TFilter&gt;()</c> compiles an expression-tree factory while the routes are mapped (which loads
/// System.Linq.Expressions and JIT-compiles the compiled lambdas on the start's path to the first reply) and then
/// builds a new filter on every request.
/// </summary>
internal static class EndpointFilters
{
    public static TBuilder AddSingletonFilter<TBuilder, TFilter>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
        where TFilter : IEndpointFilter
    {
        builder.AddEndpointFilterFactory((context, next) =>
        {
            var filter = ActivatorUtilities.CreateInstance<TFilter>(context.ApplicationServices);
            return invocation => filter.InvokeAsync(invocation, next);
        });
        return builder;
    }
}
