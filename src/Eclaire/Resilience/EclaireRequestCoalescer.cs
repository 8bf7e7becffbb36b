using System.Collections.Concurrent;

namespace Gateway.Eclaire.Resilience;

/// <summary>
/// Coalesces identical in-flight calls: while a call for a key runs, later callers with the same key share its
/// result instead of starting another. The shared call runs on its own cancellation token; it is cancelled only when
/// every caller waiting for it has given up. One instance is shared by all client instances (a DI singleton).
/// </summary>
public sealed class EclaireRequestCoalescer
{
    private readonly ConcurrentDictionary<(Type, string), InFlight> _inFlight = new();

    /// <summary>Calls in flight right now.</summary>
    public int InFlightCount => _inFlight.Count;

    /// <summary>
    /// Runs <paramref name="operation"/> for <paramref name="key"/>, or joins the run already in flight for the same key
    /// and result type.
    /// </summary>
    public async Task<T> RunAsync<T>(string key, Func<CancellationToken, Task<T>> operation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(operation);
        cancellationToken.ThrowIfCancellationRequested();

        var slot = (typeof(T), key);
        while (true)
        {
            if (_inFlight.TryGetValue(slot, out var existing))
            {
                if (existing.TryJoin())
                {
                    return (T)(await existing.WaitAsync(cancellationToken).ConfigureAwait(false))!;
                }

                // It is being cancelled because all its callers left: take its place.
                _inFlight.TryRemove(new KeyValuePair<(Type, string), InFlight>(slot, existing));
                continue;
            }

            var created = new InFlight();
            created.TryJoin();
            if (!_inFlight.TryAdd(slot, created))
            {
                continue;
            }

            created.Start(async token => await operation(token).ConfigureAwait(false), () => _inFlight.TryRemove(new KeyValuePair<(Type, string), InFlight>(slot, created)));
            return (T)(await created.WaitAsync(cancellationToken).ConfigureAwait(false))!;
        }
    }

    private sealed class InFlight : IDisposable
    {
        private readonly Lock _gate = new();
        private readonly CancellationTokenSource _cancellation = new();
        private readonly TaskCompletionSource<object?> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _waiters;
        private bool _closed;

        public bool TryJoin()
        {
            lock (_gate)
            {
                if (_closed)
                {
                    return false;
                }

                _waiters++;
                return true;
            }
        }

        public void Start(Func<CancellationToken, Task<object?>> operation, Action remove) =>
            _ = RunAsync(operation, remove);

        public async Task<object?> WaitAsync(CancellationToken cancellationToken)
        {
            try
            {
                return await _completion.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                Leave();
            }
        }

        private async Task RunAsync(Func<CancellationToken, Task<object?>> operation, Action remove)
        {
            object? result = null;
            Exception? failure = null;
            try
            {
                result = await operation(_cancellation.Token).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // Every failure is handed to the callers that wait for it.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                failure = exception;
            }
            finally
            {
                lock (_gate)
                {
                    _closed = true;
                }

                remove();
                Dispose();
            }

            if (failure is OperationCanceledException canceled)
            {
                _completion.TrySetCanceled(canceled.CancellationToken);
            }
            else if (failure is not null)
            {
                _completion.TrySetException(failure);

                // Observed here so that a failure nobody waits for any more is not reported as unobserved.
                _ = _completion.Task.Exception;
            }
            else
            {
                _completion.TrySetResult(result);
            }
        }

        public void Dispose() => _cancellation.Dispose();

        private void Leave()
        {
            lock (_gate)
            {
                _waiters--;
                if (_waiters > 0 || _closed)
                {
                    return;
                }

                _closed = true;
            }

            // The last caller left before the call ended: stop it.
            try
            {
                _cancellation.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // The call ended at this very moment.
            }
        }
    }
}
