package io.contracthub.hub.sandbox;

import io.contracthub.simulators.state.SimulatorStateStore;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * Keeps every in-process simulator's state under {@code <hub.data-dir>/simulators/<name>.json}, so a restarted sandbox
 * still has the sign flows, ERP documents, CRM contracts and journals of the contracts the hub already knows. Each
 * simulator bean gets its snapshot back before it starts (its name from the bean's: {@code kingdeeSimulator} is
 * {@code kingdee}); a simulator added later is kept without being listed here.
 */
public class SimulatorStateKeeper implements BeanPostProcessor, EnvironmentAware, DisposableBean {

    private static final String SIMULATORS = "io.contracthub.simulators.";
    private static final String SUFFIX = "simulator";

    private Environment environment;
    private SimulatorStateStore store;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean.getClass().getName().startsWith(SIMULATORS)) {
            store().keep(simulatorName(beanName), bean);
        }
        return bean;
    }

    static String simulatorName(String beanName) {
        String name = beanName.toLowerCase(Locale.ROOT);
        return name.endsWith(SUFFIX) && name.length() > SUFFIX.length() ? name.substring(0, name.length() - SUFFIX.length()) : name;
    }

    private synchronized SimulatorStateStore store() {
        if (store == null) {
            Path directory = Path.of(environment.getProperty("hub.data-dir", "./data"), "simulators");
            store = new SimulatorStateStore(directory,
                    environment.getProperty("hub.simulators.state-interval", Duration.class, Duration.ofSeconds(1)));
        }
        return store;
    }

    @Override
    public synchronized void destroy() {
        if (store != null) {
            store.close();
        }
    }
}
