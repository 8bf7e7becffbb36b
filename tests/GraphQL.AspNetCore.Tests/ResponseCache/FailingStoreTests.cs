using System.Text;
using Gateway.Caching;

namespace Gateway.GraphQL.AspNetCore.Tests.ResponseCache;

/// <summary>No request fails because of the cache: a store that throws on every call is a miss and a skipped store.</summary>
public sealed class FailingStoreTests
{
    [Fact]
    public async Task A_store_that_throws_fails_no_request()
    {
        await using var host = await CachingHost.StartAsync(services: CachingHost.WithStore(new ThrowingStore()));

        for (var i = 0; i < 3; i++)
        {
            using var content = new StringContent("{\"query\":\"{ studies { title } }\"}", Encoding.UTF8, "application/json");
            using var response = await host.Client.PostAsync(new Uri("/graphql", UriKind.Relative), content);
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("Study about all", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(3, host.Backend.Calls("studies"));
    }

    private sealed class ThrowingStore : ICacheStore
    {
        public ValueTask<CacheEntry?> GetAsync(string key, CancellationToken cancellationToken = default) => throw new InvalidOperationException("down");

        public ValueTask<IReadOnlyList<CacheEntry?>> GetManyAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken = default) => throw new InvalidOperationException("down");

        public ValueTask SetAsync(string key, CacheEntry entry, TimeSpan timeToLive, TimeSpan grace, CancellationToken cancellationToken = default) => throw new InvalidOperationException("down");

        public ValueTask<bool> RemoveAsync(string key, CancellationToken cancellationToken = default) => throw new InvalidOperationException("down");

        public ValueTask<long> RemoveByPrefixAsync(string prefix, CancellationToken cancellationToken = default) => throw new InvalidOperationException("down");
    }
}
