package io.contracthub.hub.config;

import org.apache.activemq.artemis.core.remoting.impl.invm.InVMConnection;
import org.apache.activemq.artemis.core.security.CheckType;
import org.apache.activemq.artemis.core.security.Role;
import org.apache.activemq.artemis.spi.core.protocol.RemotingConnection;
import org.apache.activemq.artemis.spi.core.security.ActiveMQSecurityManager5;
import org.apache.activemq.artemis.spi.core.security.jaas.UserPrincipal;

import javax.security.auth.Subject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;

/**
 * The embedded broker's only security: the hub's own in-VM connections pass, a connection through the network
 * acceptor must present the configured user and password.
 */
final class AcceptorCredentialsSecurityManager implements ActiveMQSecurityManager5 {

    private static final String HUB_ITSELF = "contract-hub";

    private final String user;
    private final byte[] password;

    AcceptorCredentialsSecurityManager(String user, String password) {
        this.user = user;
        this.password = password.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public Subject authenticate(String user, String password, RemotingConnection connection, String securityDomain) {
        if (connection != null && connection.getTransportConnection() instanceof InVMConnection) {
            return subject(HUB_ITSELF);
        }
        return validateUser(user, password) ? subject(user) : null;
    }

    @Override
    public boolean authorize(Subject subject, Set<Role> roles, CheckType checkType, String address) {
        return subject != null && !subject.getPrincipals(UserPrincipal.class).isEmpty();
    }

    @Override
    public boolean validateUser(String user, String password) {
        return this.user.equals(user) && password != null
                && MessageDigest.isEqual(this.password, password.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public boolean validateUserAndRole(String user, String password, Set<Role> roles, CheckType checkType) {
        return validateUser(user, password);
    }

    private static Subject subject(String name) {
        Subject subject = new Subject();
        subject.getPrincipals().add(new UserPrincipal(name));
        return subject;
    }
}
