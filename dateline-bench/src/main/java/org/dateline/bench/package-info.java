/** JMH benchmarks of the engine's hot loops. Bench scope: not shipped; depends on the core engine and JMH. */
package org.dateline.bench;
