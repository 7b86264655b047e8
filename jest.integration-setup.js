// Integration tests talk to real Kafka, registry and Postgres: consumer-group joins and end-to-end flows take seconds.
jest.setTimeout(180_000);
